using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Netwerkbijeenkomst.LoadBare;

/// <summary>
/// The product's hub methods the load client calls, with nothing behind them: Join adds the connection to the meeting's
/// group, PostContribution broadcasts the post to that group in the product's ContributionAdded shape (same fields, same
/// sizes) and answers null, as the product does for an accepted post. No sign-in, no storage, no checks.
/// </summary>
internal sealed class BareHub : Hub
{
    private static readonly ConcurrentDictionary<Guid, int> Sequences = new();

    // An account id is a GUID string in the product.
    private const string AuthorKey = "author";

    public override Task OnConnectedAsync()
    {
        Context.Items[AuthorKey] = Guid.NewGuid().ToString();
        return base.OnConnectedAsync();
    }

    public async Task<BareJoin> Join(Guid meetingId)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(meetingId));
        return new BareJoin(1, null);
    }

    public async Task<object?> PostContribution(Guid meetingId, Guid contributionId, string kind, string text, Guid? caseId)
    {
        var at = DateTimeOffset.UtcNow;
        var sequence = Sequences.AddOrUpdate(meetingId, 1, (_, last) => last + 1);
        var contribution = new BareContribution(contributionId, meetingId, (string)Context.Items[AuthorKey]!, kind, text, at, caseId);
        await Clients.Group(Group(meetingId)).SendAsync("ContributionAdded", new BareContributionAdded(sequence, at, contribution));
        return null;
    }

    private static string Group(Guid meetingId) => $"meeting/{meetingId:N}";
}
