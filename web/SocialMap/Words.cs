using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Web.SocialMap;

/// <summary>A form field of comma-separated words (communities, languages) as the grains take them.</summary>
public static class Words
{
    public static ImmutableArray<string> Split(string? words) =>
        [.. (words ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
