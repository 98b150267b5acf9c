namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>Demo (Development only): whether an empty database gets the demo, and with its year of history.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; } = true;

    /// <summary>False skips the year of history: a faster first start, when only the upcoming meeting matters.</summary>
    public bool History { get; set; } = true;
}
