namespace Netwerkbijeenkomst.Load;

/// <summary>What one node client process connects: whole meetings, so a post's sender and receivers share its clock.</summary>
internal sealed record ClientPlan(bool MoveOn, IReadOnlyList<ClientMeeting> Meetings)
{
    public int Participants => Meetings.Sum(m => m.Cookies.Count);
}
