using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>Demo (Development only): whether an empty database gets the demo, and with its year of history.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; } = true;

    /// <summary>False skips the year of history: a faster first start, when only the upcoming meeting matters.</summary>
    public bool History { get; set; } = true;

    /// <summary>For the load test (scripts/load): this many extra networks, each with one started meeting; 0 for none.</summary>
    [Range(0, 1_000, ErrorMessage = "Demo:LoadMeetings moet tussen 0 en 1000 liggen.")]
    public int LoadMeetings { get; set; }

    /// <summary>For the load test: the people in each load meeting, the coordinator included.</summary>
    [Range(2, 100, ErrorMessage = "Demo:LoadParticipants moet tussen 2 en 100 liggen.")]
    public int LoadParticipants { get; set; } = 20;
}
