using Microsoft.AspNetCore.SignalR;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Web.Refusals;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>How the hubs answer a refusal: its Dutch message, except that what the caller may not see gets the same answer as what does not exist (true of both).</summary>
internal static class HubRefusals
{
    /// <summary>The one answer for a meeting that does not exist and one the caller may not (or no longer) see.</summary>
    public const string MeetingNotFoundMessage = "Deze bijeenkomst bestaat niet, of u bent geen actief lid van het netwerk.";

    /// <summary>The one answer for a case that does not exist and one the caller may not see.</summary>
    public const string CaseNotFoundMessage = "Deze casus bestaat niet, of u bent geen actief lid van het netwerk.";

    public static HubException MeetingNotFound() => new(MeetingNotFoundMessage);

    public static HubException ForMeeting(DomainException refused) => For(refused, MeetingNotFoundMessage);

    public static HubException ForCase(DomainException refused) => For(refused, CaseNotFoundMessage);

    private static HubException For(DomainException refused, string notFound) => new(Refusal.IsUnseen(refused) ? notFound : refused.Message);
}
