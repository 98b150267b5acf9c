namespace Netwerkbijeenkomst.Web;

/// <summary>
/// The environment when none is given: a Debug build (what `dotnet run` makes) runs as Development, so the README's
/// run command shows the demo; a Release build (what `dotnet publish` makes) keeps ASP.NET Core's default,
/// Production. ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT or an --environment argument always win.
/// </summary>
internal static class LocalEnvironment
{
    public static string[] WithDefault(string[] args)
    {
#if DEBUG
        var given = args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 };
        return given ? args : [.. args, "--environment", Environments.Development];
#else
        return args;
#endif
    }
}
