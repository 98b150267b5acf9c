namespace Netwerkbijeenkomst.Web.Silo;

/// <summary>Whether this web node runs the grains itself (<c>Web:Silo</c>).</summary>
internal enum WebSiloMode
{
    /// <summary>One process with web and silo: the default, and what `dotnet run --project web` starts.</summary>
    CoHosted,

    /// <summary>A web node of a cluster: an Orleans client of the grain-only silos.</summary>
    Client,
}

/// <summary>Reads <c>Web:Silo</c>; an unknown value fails the start.</summary>
internal static class WebSiloModes
{
    public const string Key = "Web:Silo";

    public static WebSiloMode Read(IConfiguration configuration) => configuration[Key] switch
    {
        null or "" => WebSiloMode.CoHosted,
        var value when Enum.TryParse<WebSiloMode>(value, ignoreCase: true, out var mode) && Enum.IsDefined(mode) => mode,
        var value => throw new InvalidOperationException($"{Key} '{value}' is unknown; use CoHosted or Client."),
    };
}
