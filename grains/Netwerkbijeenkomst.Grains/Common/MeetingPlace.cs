using Netwerkbijeenkomst.Grains.Abstractions;

namespace Netwerkbijeenkomst.Grains.Common;

/// <summary>Where a meeting is held: a place (a venue's name and address) and/or an online link, which must be https.</summary>
internal static class MeetingPlace
{
    public const int PlaceLength = 200;

    public static string? Place(string? place) => Require.OptionalText(place, "place", "de plaats", PlaceLength);

    public static string? OnlineLink(string? link)
    {
        var text = Require.OptionalText(link, "onlineLink", "de link", 500);
        return text is null
            || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.', StringComparison.Ordinal) && string.IsNullOrEmpty(uri.UserInfo))
            ? text
            : throw new InvalidInputException("input.online-link", "onlineLink", "Vul een volledige link in die begint met https://, bijvoorbeeld https://meet.example.nl/netwerk.");
    }
}
