namespace Netwerkbijeenkomst.Web;

/// <summary>
/// The environment when none is set: a Debug build (what `dotnet run` makes) runs as Development, so the README's
/// run command shows the demo; a Release build (what `dotnet publish` makes) runs as Production. A set
/// ASPNETCORE_ENVIRONMENT or DOTNET_ENVIRONMENT always wins.
/// </summary>
internal static class LocalEnvironment
{
    public static string? Default()
    {
        if (Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 } ||
            Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 })
        {
            return null;
        }

#if DEBUG
        return Environments.Development;
#else
        return Environments.Production;
#endif
    }
}
