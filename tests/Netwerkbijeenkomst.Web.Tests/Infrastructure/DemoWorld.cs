using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
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

    public async Task<Guid> MeetingIdAsync()
    {
        await factory.Services.GetRequiredService<ProjectionRunner<ListingsProjection, AppDbContext>>().CatchUpAsync();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return (await db.Meetings.SingleAsync(m => m.NetworkId == DemoData.NetworkId)).MeetingId;
    }

    public async Task<MeetingView> MeetingAsync() =>
        await Grains.GetGrain<IMeetingGrain>(await MeetingIdAsync()).GetAsync(await ActorAsync(DemoData.Coordinator));

    public async Task<Guid> StartMeetingAsync()
    {
        var id = await MeetingIdAsync();
        await Grains.GetGrain<IMeetingGrain>(id).StartAsync(await ActorAsync(DemoData.Coordinator));
        return id;
    }
}
