using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Listings;

namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>The Development demo data as a test sees it: account ids, the upcoming meeting, a case on its agenda.</summary>
public sealed class DemoWorld(WebAppFactory factory)
{
    public IGrainFactory Grains => factory.Services.GetRequiredService<IGrainFactory>();

    public async Task<string> UserIdAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }

    public async Task<Actor> ActorAsync(DemoAccount account) => new(await UserIdAsync(account.Email));

    /// <summary>The demo's upcoming meeting: the network's first (a test may plan a later one of its own).</summary>
    public async Task<Guid> MeetingIdAsync()
    {
        await factory.Services.GetRequiredService<ProjectionRunner<ListingsProjection, AppDbContext>>().CatchUpAsync();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return (await db.Meetings.Where(m => m.NetworkId == DemoData.NetworkId).OrderBy(m => m.StartsAtUtc).FirstAsync()).MeetingId;
    }

    public async Task<MeetingView> MeetingAsync() =>
        await Grains.GetGrain<IMeetingGrain>(await MeetingIdAsync()).GetAsync(await ActorAsync(DemoData.Coordinator));

    /// <summary>
    /// Plans a meeting after the demo's, with one new case of <paramref name="bringer"/> on its draft agenda, and starts it:
    /// for tests that share a host and must not change the demo meeting. Its first item, the opening, has no case.
    /// </summary>
    public async Task<MeetingView> StartOwnMeetingAsync(DemoAccount bringer)
    {
        var coordinator = await ActorAsync(DemoData.Coordinator);
        var meeting = Grains.GetGrain<IMeetingGrain>((await PublishOwnMeetingAsync(bringer)).Id);
        await meeting.StartAsync(coordinator, overrideDay: true);
        return await meeting.GetAsync(coordinator);
    }

    /// <summary>As <see cref="StartOwnMeetingAsync"/>, but published only: not started yet.</summary>
    public async Task<MeetingView> PublishOwnMeetingAsync(DemoAccount bringer)
    {
        var coordinator = await ActorAsync(DemoData.Coordinator);
        var member = await ActorAsync(bringer);
        var startsAt = (await Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetNextMeetingDatesAsync(2)).Max();
        var meeting = Grains.GetGrain<IMeetingGrain>(Guid.NewGuid());
        await meeting.PlanAsync(coordinator, DemoData.NetworkId, "Extra netwerkbijeenkomst", startsAt, startsAt.AddMinutes(90));
        var caseGrain = Grains.GetGrain<ICaseGrain>(Guid.NewGuid());
        await caseGrain.CreateAsync(member, DemoData.NetworkId, new CaseDetails(
            AgeBand.From75, "Turks", [CaseTheme.Loneliness], null, "Een weduwe komt haar huis bijna niet meer uit.", "Wie kan haar af en toe bezoeken?"));
        var submission = await caseGrain.SubmitAsync(member);
        await meeting.AssembleDraftAgendaAsync(coordinator);
        if (submission.MeetingId is { } other && other != meeting.GetPrimaryKey())
        {
            // The case went to an earlier meeting (the demo's, published): move it here and leave that agenda as it was.
            await meeting.AddAgendaItemAsync(coordinator, Guid.NewGuid(), AgendaItemKind.Case, submission.Label, 20, member.UserId, caseGrain.GetPrimaryKey());
            var earlier = Grains.GetGrain<IMeetingGrain>(other);
            if ((await earlier.GetAsync(coordinator)).Agenda.FirstOrDefault(i => i.CaseId == caseGrain.GetPrimaryKey()) is { } item)
            {
                await earlier.RemoveAgendaItemAsync(coordinator, item.Id);
            }
        }

        await meeting.PublishAsync(coordinator);
        return await meeting.GetAsync(coordinator);
    }

    public async Task<Guid> StartMeetingAsync()
    {
        var id = await MeetingIdAsync();
        await Grains.GetGrain<IMeetingGrain>(id).StartAsync(await ActorAsync(DemoData.Coordinator), overrideDay: true);
        return id;
    }
}
