using System.Globalization;

namespace Netwerkbijeenkomst.Load;

/// <summary>
/// The load meetings the web server seeds with Demo:LoadMeetings (web/Demo/LoadMeetings.cs): the same accounts and
/// meeting ids, by the same pattern; a mismatch shows at once as a refused sign-in.
/// </summary>
internal static class LoadData
{
    /// <summary>The load coordinators' authenticator key (public, Development only), so they sign in through the real code step.</summary>
    public const string CoordinatorKey = "LOADTESTLOADTESTLOADTESTLOADTEST";

    public static string Email(int meeting, int participant) =>
        string.Create(CultureInfo.InvariantCulture, $"belasting-{meeting:000}-{participant:00}@belasting.test");

    public static Guid MeetingId(int meeting) =>
        Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"10ad0000-0000-4000-8000-{meeting:000000000000}"));

    /// <summary>The settings that make the product seed the run's meetings and let one member post as fast as the run asks.</summary>
    public static Dictionary<string, string> ServerSettings(LoadSettings settings) => new()
    {
        ["Demo__Seed"] = "true",
        ["Demo__LoadMeetings"] = settings.Meetings.ToString(CultureInfo.InvariantCulture),
        ["Demo__LoadParticipants"] = settings.Participants.ToString(CultureInfo.InvariantCulture),
        // The per-member bucket (30, then 3/s) is a validated setting; a small run at a high rate would meet it, and it
        // measures nothing of the live path. The 500 contributions per item are the product's rule: the chair moves on.
        ["Room__Limits__PostBurst"] = "10000",
        ["Room__Limits__PostsPerMinute"] = "100000",
    };
}
