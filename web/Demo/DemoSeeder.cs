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

namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>
/// On an empty database in Development: the Utrecht network with a coordinator, six members, a social map, an
/// upcoming published meeting with a full agenda and three anonymised cases; and a small second network.
/// </summary>
internal sealed partial class DemoSeeder(IServiceProvider services, IGrainFactory grains, TimeProvider time, ILogger<DemoSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (users.Users.Any())
        {
            return;
        }

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        await roles.CreateAsync(new IdentityRole(AppRoles.Administrator));
        var ids = new Dictionary<string, string>();
        foreach (var account in DemoData.Accounts)
        {
            var user = new AppUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.Name };
            Check(await users.CreateAsync(user, DemoData.Password));
            ids[account.Email] = user.Id;
        }

        Check(await users.AddToRoleAsync((await users.FindByEmailAsync(DemoData.Administrator.Email))!, AppRoles.Administrator));
        Check(await users.AddClaimAsync((await users.FindByEmailAsync(DemoData.Municipality.Email))!, new Claim(AppRoles.MunicipalityClaim, "Utrecht")));

        await SeedUtrechtAsync(ids);
        await SeedAmersfoortAsync(ids);

        // So that the first page served already lists the demo networks and meetings.
        await services.GetRequiredService<ProjectionRunner<ListingsProjection, AppDbContext>>().CatchUpAsync(cancellationToken);
        DemoDataCreated(logger, DemoData.Accounts.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedUtrechtAsync(Dictionary<string, string> ids)
    {
        var admin = new Actor(ids[DemoData.Administrator.Email], IsAdministrator: true);
        var coordinator = new Actor(ids[DemoData.Coordinator.Email]);
        var network = grains.GetGrain<INetworkGrain>(DemoData.NetworkId);
        await network.CreateAsync(admin, "Netwerk Vertrouwenspersonen Utrecht", "Utrecht", new Coordinator(coordinator.UserId, DemoData.Coordinator.Name));
        await network.SetMeetingRuleAsync(coordinator, new MeetingRule(2, DayOfWeek.Tuesday, new TimeOnly(19, 30), new TimeOnly(21, 0))
        {
            Place = DemoData.MeetingPlace,
            OnlineLink = DemoData.OnlineLink,
        });
        var members = new List<Actor>();
        foreach (var (account, community, languages) in DemoData.Members)
        {
            var member = new Actor(ids[account.Email]);
            await network.InviteMemberAsync(coordinator, member.UserId, account.Name, [community], [.. languages]);
            await network.ActivateMemberAsync(member, member.UserId);
            members.Add(member);
        }

        (string Id, string Name, InstitutionKind Kind, PartnerRoles Roles, ContactPerson Contact)[] map =
        [
            ("huisartsen-overvecht", "Gezondheidscentrum Overvecht", InstitutionKind.GeneralPractitioner, PartnerRoles.WeReferToThem | PartnerRoles.RefersToUs,
                new("poh-overvecht", "Lotte Vermeer", "Praktijkondersteuner GGZ", "poh@gc-overvecht.example", "030 000 0001")),
            ("buurtteam-noordoost", "Buurtteam Noordoost", InstitutionKind.NeighbourhoodTeam, PartnerRoles.Cooperates | PartnerRoles.WeReferToThem,
                new("buurtteam-contact", "Youssef Benali", "Buurtteammedewerker", "noordoost@buurtteam.example", null) { Languages = ["Arabisch", "Tarifit"] }),
            ("ggz-utrecht", "GGZ Centraal Utrecht", InstitutionKind.MentalHealthCare, PartnerRoles.WeReferToThem | PartnerRoles.SharesKnowledge,
                new("ggz-contact", "Esther de Wit", "Psychiatrisch verpleegkundige", "contact@ggz.example", null)),
            ("wmo-utrecht", "Wmo-loket gemeente Utrecht", InstitutionKind.WmoConsultant, PartnerRoles.WeReferToThem,
                new("wmo-contact", "Sander Hoekstra", "Wmo-consulent", "wmo@utrecht.example", null)),
            ("mantelzorg-utrecht", "Steunpunt Mantelzorg Utrecht", InstitutionKind.InformalCareSupport, PartnerRoles.Cooperates,
                new("mantelzorg-contact", "Naima Ouali", "Mantelzorgconsulent", null, null) { Languages = ["Arabisch", "Turks"] }),
        ];
        foreach (var (id, name, kind, partnerRoles, contact) in map)
        {
            await network.AddInstitutionAsync(coordinator, id, name, kind, partnerRoles);
            await network.AddContactPersonAsync(coordinator, id, contact);
        }

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

    private async Task SeedAmersfoortAsync(Dictionary<string, string> ids)
    {
        var network = grains.GetGrain<INetworkGrain>(DemoData.OtherNetworkId);
        await network.CreateAsync(
            new Actor(ids[DemoData.Administrator.Email], IsAdministrator: true),
            "Netwerk Vertrouwenspersonen Amersfoort",
            "Amersfoort",
            new Coordinator(ids[DemoData.OtherCoordinator.Email], DemoData.OtherCoordinator.Name));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data created with {Accounts} accounts.")]
    private static partial void DemoDataCreated(ILogger logger, int accounts);
}
