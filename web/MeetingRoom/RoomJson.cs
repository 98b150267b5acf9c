using System.Text.Json;
using System.Text.Json.Serialization;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>The one JSON shape of the room contract, for the hub and the live page alike: camelCase, enums as their names.</summary>
internal static class RoomJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Gives <paramref name="options"/> (the hub's payload options, say) the contract's shape.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }

    /// <summary>The value as JSON that is safe inside a &lt;script&gt; element: no "&lt;" can close it.</summary>
    public static string ForScript<T>(T value) =>
        JsonSerializer.Serialize(value, Options).Replace("<", "\\u003c", StringComparison.Ordinal);
}
