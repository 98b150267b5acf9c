using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Listings;
using Netwerkbijeenkomst.Web.Reports;

namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>
/// On an empty database in Development: the Utrecht network with a coordinator, members, a social map, an upcoming published
/// meeting with a full agenda and three anonymised cases; two small networks in Amersfoort and Nieuwegein; the three
/// municipalities in the province of Utrecht, with a municipality and a province account. With <c>Demo:History</c> (the
/// default) the networks first live through twelve months of history on the <see cref="DemoClock"/> (docs/demo-data.md).
/// </summary>
internal sealed partial class DemoSeeder(IServiceProvider services, IGrainFactory grains, TimeProvider time, DemoOptions options, ILogger<DemoSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (users.Users.Any())
        {
            return;
        }

        // The history needs a clock it can wind back; a test host that brings a clock of its own gets the present only.
        var history = time is DemoClock;
        var watch = Stopwatch.StartNew();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        await roles.CreateAsync(new IdentityRole(AppRoles.Administrator));
        var ids = new Dictionary<string, string>();
        foreach (var account in history ? DemoData.AllAccounts : DemoData.Accounts)
        {
            var user = new AppUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.Name };
            Check(await users.CreateAsync(user, DemoData.Password));
            ids[account.Email] = user.Id;
        }

        Check(await users.AddToRoleAsync((await users.FindByEmailAsync(DemoData.Administrator.Email))!, AppRoles.Administrator));
        Check(await users.AddClaimAsync((await users.FindByEmailAsync(DemoData.Municipality.Email))!, new Claim(AppRoles.MunicipalityClaim, "Utrecht")));
        Check(await users.AddClaimAsync((await users.FindByEmailAsync(DemoData.ProvinceAccount.Email))!, new Claim(AppRoles.ProvinceClaim, DemoData.Province)));
        await SetProvincesAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);

        var admin = new Actor(ids[DemoData.Administrator.Email], IsAdministrator: true);
        if (history)
        {
            var past = new DemoHistory(grains, ids, admin, time.GetUtcNow());
            past.Plan(DemoNetworks.Utrecht);
            past.Plan(DemoNetworks.Amersfoort);
            past.Plan(DemoNetworks.Nieuwegein);
            await past.PlayAsync();
        }
        else
        {
            await FoundUtrechtAsync(ids, admin);
            await FoundAsync(admin, DemoNetworks.Amersfoort, ids);
            await FoundAsync(admin, DemoNetworks.Nieuwegein, ids);
        }

        await SeedUpcomingMeetingAsync(ids);
        if (options.LoadMeetings > 0)
        {
            await new LoadMeetings(users, grains, time, admin).SeedAsync(options.LoadMeetings, options.LoadParticipants);
        }

        // So that the first page served already lists the demo networks and meetings.
        await services.GetRequiredService<ProjectionRunner<ListingsProjection, AppDbContext>>().CatchUpAsync(cancellationToken);
        DemoDataCreated(logger, ids.Count, history, watch.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task SetProvincesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        foreach (var municipality in DemoData.Municipalities)
        {
            if (await db.MunicipalityProvinces.FindAsync([municipality], cancellationToken) is null)
            {
                db.MunicipalityProvinces.Add(new MunicipalityProvince { Municipality = municipality, Province = DemoData.Province });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Without history: the Utrecht network as it stands today, founded now.</summary>
    private async Task FoundUtrechtAsync(Dictionary<string, string> ids, Actor admin)
    {
        var coordinator = new Actor(ids[DemoData.Coordinator.Email]);
        var network = grains.GetGrain<INetworkGrain>(DemoData.NetworkId);
        await network.CreateAsync(admin, "Netwerk Vertrouwenspersonen Utrecht", "Utrecht", new Coordinator(coordinator.UserId, DemoData.Coordinator.Name));
        await network.SetMeetingRuleAsync(coordinator, DemoNetworks.UtrechtRule);
        foreach (var (account, community, languages) in DemoData.Members)
        {
            var member = new Actor(ids[account.Email]);
            await network.InviteMemberAsync(coordinator, member.UserId, account.Name, [community], [.. languages]);
            await network.ActivateMemberAsync(member, member.UserId);
        }

        foreach (var (id, name, kind, partnerRoles, contact) in DemoNetworks.UtrechtMap)
        {
            await network.AddInstitutionAsync(coordinator, id, name, kind, partnerRoles);
            await network.AddContactPersonAsync(coordinator, id, contact);
        }
    }

    /// <summary>Without history: a small network with only its coordinator.</summary>
    private async Task FoundAsync(Actor admin, DemoNetworkStory story, Dictionary<string, string> ids) =>
        await grains.GetGrain<INetworkGrain>(story.NetworkId).CreateAsync(admin, story.Name, story.Municipality, new Coordinator(ids[story.Coordinator.Email], story.Coordinator.Name));

    /// <summary>Today's part of the story: an open action point and the next meeting, published, with three new cases and a theme evening.</summary>
    private async Task SeedUpcomingMeetingAsync(Dictionary<string, string> ids)
    {
        var coordinator = new Actor(ids[DemoData.Coordinator.Email]);
        var network = grains.GetGrain<INetworkGrain>(DemoData.NetworkId);
        var members = DemoData.Members.Select(m => new Actor(ids[m.Account.Email])).ToList();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        await network.AddActionPointAsync(coordinator, Guid.NewGuid(), "Folder van het buurtteam laten vertalen in het Turks en Arabisch", members[1].UserId, today.AddDays(14), null, null);

        var startsAt = (await network.GetNextMeetingDatesAsync(1))[0];
        var meetingId = Guid.NewGuid();
        var meeting = grains.GetGrain<IMeetingGrain>(meetingId);

        // A theme evening with a partner runs half an hour longer than the rule's 90 minutes, so the agenda fits.
        await meeting.PlanAsync(coordinator, DemoData.NetworkId, "Netwerkbijeenkomst " + startsAt.ToString("MMMM yyyy", Formatting.DutchFormat.Culture), startsAt, startsAt.AddMinutes(120));

        (int Member, CaseDetails Details)[] cases =
        [
            (0, new(AgeBand.From65To74, "Turks", [CaseTheme.Loneliness, CaseTheme.Health], null,
                "Een weduwnaar komt sinds de zomer zijn huis bijna niet meer uit. Zijn kinderen wonen in een andere stad en bellen weinig. Hij zegt dat hij slecht slaapt.",
                "Hoe kunnen we hem in contact brengen met activiteiten in de buurt, en moet de huisarts er iets van weten?")),
            (1, new(AgeBand.From75, "Marokkaans", [CaseTheme.MoneyAndDebts, CaseTheme.LanguageAndPaperwork], null,
                "Een oudere vrouw krijgt brieven van de gemeente en een energiebedrijf die zij niet kan lezen. Er liggen onbetaalde rekeningen.",
                "Wie kan haar helpen met de post en met een betalingsregeling?")),
            (2, new(AgeBand.From55To64, "Surinaams-Hindostaans", [CaseTheme.InformalCare, CaseTheme.MentalHealth], null,
                "Een vrouw zorgt al jaren alleen voor haar man met dementie. Zij is uitgeput en schaamt zich om hulp te vragen.",
                "Hoe bespreken we mantelzorgondersteuning zonder dat zij zich schaamt?")),
        ];
        foreach (var (member, details) in cases)
        {
            var caseGrain = grains.GetGrain<ICaseGrain>(Guid.NewGuid());
            await caseGrain.CreateAsync(members[member], DemoData.NetworkId, details);
            await caseGrain.SubmitAsync(members[member]);
        }

        await meeting.AssembleDraftAgendaAsync(coordinator);
        var agenda = (await meeting.GetAsync(coordinator)).Agenda;
        var theme = Guid.NewGuid();
        await meeting.AddAgendaItemAsync(coordinator, theme, AgendaItemKind.Theme, "Thema-avond: het buurtteam Noordoost stelt zich voor", 20, null, null,
            AgendaGuest.FromSocialMap("buurtteam-noordoost", "buurtteam-contact"));
        await meeting.MoveAgendaItemAsync(coordinator, theme, agenda.Length - 2);
        await meeting.PublishAsync(coordinator);
        await meeting.RespondAsync(members[0], Rsvp.Yes);
        await meeting.RespondAsync(members[1], Rsvp.Yes);
        await meeting.RespondAsync(members[3], Rsvp.Maybe);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data created with {Accounts} accounts (history: {History}) in {Milliseconds} ms.")]
    private static partial void DemoDataCreated(ILogger logger, int accounts, bool history, long milliseconds);
}
