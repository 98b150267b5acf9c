using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;

namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>
/// The load test's evening (scripts/load, docs/performance.md): <c>Demo:LoadMeetings</c> networks, each with a
/// coordinator and members (accounts through Identity's <see cref="UserManager{TUser}"/>, everything else through the
/// grains' own commands), and one started meeting with an agenda long enough for a load run
/// (<see cref="Items"/> items of at most 500 contributions each). Accounts, networks and meetings follow a fixed
/// pattern, so the load test knows them without asking: <see cref="Email"/>, <see cref="MeetingId"/>.
/// </summary>
internal sealed class LoadMeetings(UserManager<AppUser> users, IGrainFactory grains, TimeProvider time, Actor admin)
{
    /// <summary>Agenda items per meeting; the load client's coordinator moves on to the next before one is full.</summary>
    public const int Items = 40;

    /// <summary>
    /// The authenticator key of every load coordinator (base32): a coordinator must sign in with a second factor, and the
    /// load test computes the app's code from this key, so it signs in through the real code step. Development only, like the demo password.
    /// </summary>
    public const string CoordinatorAuthenticatorKey = "LOADTESTLOADTESTLOADTESTLOADTEST";

    private static readonly string[] Syllables = ["ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "zu"];

    /// <summary>Participant 0 is the meeting's coordinator; the others are members.</summary>
    public static string Email(int meeting, int participant) =>
        string.Create(CultureInfo.InvariantCulture, $"belasting-{meeting:000}-{participant:00}@belasting.test");

    public static Guid MeetingId(int meeting) =>
        Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"10ad0000-0000-4000-8000-{meeting:000000000000}"));

    public static string NetworkId(int meeting) => string.Create(CultureInfo.InvariantCulture, $"belasting-{meeting:000}");

    public async Task SeedAsync(int meetings, int participants)
    {
        // One password hash for every load account: PBKDF2 is slow on purpose, and thousands of hashes of the same
        // password would take minutes; each account still signs in through the real form, which verifies it.
        var hash = users.PasswordHasher.HashPassword(new AppUser(), DemoData.Password);
        var ids = new string[meetings + 1, participants];
        for (var meeting = 1; meeting <= meetings; meeting++)
        {
            for (var participant = 0; participant < participants; participant++)
            {
                var email = Email(meeting, participant);
                var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = Name(meeting, participant), PasswordHash = hash };
                Check(await users.CreateAsync(user));

                if (participant == 0)
                {
                    // Where Identity's own store keeps the key (UserStoreBase), so the code step verifies against it.
                    Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", CoordinatorAuthenticatorKey));
                    Check(await users.SetTwoFactorEnabledAsync(user, true));
                }

                ids[meeting, participant] = user.Id;
            }
        }

        // The grains' work is independent per meeting; a few at once keep a two-core machine busy without queueing everything.
        await Parallel.ForEachAsync(Enumerable.Range(1, meetings), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (meeting, _) =>
            await FoundAsync(meeting, Enumerable.Range(0, participants).Select(p => ids[meeting, p]).ToArray()));
    }

    private async Task FoundAsync(int number, string[] ids)
    {
        var coordinator = new Actor(ids[0]);
        var network = grains.GetGrain<INetworkGrain>(NetworkId(number));
        await network.CreateAsync(admin, "Belastingproef " + Name(number, 0), "Utrecht", new Coordinator(ids[0], Name(number, 0)));
        for (var participant = 1; participant < ids.Length; participant++)
        {
            await network.InviteMemberAsync(coordinator, ids[participant], Name(number, participant), ["Turks"], ["Turks", "Nederlands"]);
            await network.ActivateMemberAsync(new Actor(ids[participant]), ids[participant]);
        }

        var meeting = grains.GetGrain<IMeetingGrain>(MeetingId(number));
        var startsAt = time.GetUtcNow().AddMinutes(1);
        await meeting.PlanAsync(coordinator, NetworkId(number), "Belastingproef", startsAt, startsAt.AddHours(4));
        for (var item = 0; item < Items; item++)
        {
            await meeting.AddAgendaItemAsync(coordinator, Guid.NewGuid(), AgendaItemKind.AnyOtherBusiness, "Open gesprek", 5, null, null);
        }

        await meeting.PublishAsync(coordinator);
        await meeting.StartAsync(coordinator, overrideDay: true);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Load data: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    // Made-up names without digits, so no post text of the load client ever matches one (the privacy check refuses known names).
    private static string Name(int meeting, int participant) =>
        $"{Word(meeting)} {Word(participant + 1000)}";

    private static string Word(int number)
    {
        var word = "";
        for (var n = number; n > 0; n /= 10)
        {
            word = Syllables[n % 10] + word;
        }

        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
