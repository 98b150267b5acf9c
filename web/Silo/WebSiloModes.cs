namespace Netwerkbijeenkomst.Web.Silo;

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
