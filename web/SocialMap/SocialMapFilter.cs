using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Web.SocialMap;

/// <summary>
/// The social map's filters as the query string carries them (<c>?soort=MentalHealthCare&amp;taal=Turks&amp;gemeenschap=Turks</c>),
/// so the page and the CSV export filter alike and work without JavaScript.
/// </summary>
public sealed record SocialMapFilter(InstitutionKind? Kind, string? Language, string? Community, bool IncludeRetired)
{
    public static SocialMapFilter None { get; } = new(null, null, null, false);

    public bool IsEmpty => Kind is null && string.IsNullOrWhiteSpace(Language) && string.IsNullOrWhiteSpace(Community);

    public IEnumerable<Institution> Apply(IEnumerable<Institution> map) =>
        map.Where(i => IncludeRetired || !i.Retired)
            .Where(i => Kind is null || i.Kind == Kind)
            .Where(i => string.IsNullOrWhiteSpace(Language) || Languages(i).Contains(Language.Trim(), StringComparer.CurrentCultureIgnoreCase))
            .Where(i => string.IsNullOrWhiteSpace(Community) || i.Communities.Contains(Community.Trim(), StringComparer.CurrentCultureIgnoreCase))
            .OrderBy(i => i.Retired)
            .ThenBy(i => i.Name, StringComparer.CurrentCulture);

    /// <summary>The languages help is available in: the institution's and those of its active contact persons.</summary>
    public static IEnumerable<string> Languages(Institution institution)
    {
        ArgumentNullException.ThrowIfNull(institution);
        return institution.Languages.Concat(institution.ActiveContacts().SelectMany(c => c.Languages));
    }

    /// <summary>The query string values, for links that keep the filter (the CSV link).</summary>
    public Dictionary<string, string> RouteValues()
    {
        var values = new Dictionary<string, string>();
        if (Kind is { } kind)
        {
            values["soort"] = kind.ToString();
        }

        if (!string.IsNullOrWhiteSpace(Language))
        {
            values["taal"] = Language;
        }

        if (!string.IsNullOrWhiteSpace(Community))
        {
            values["gemeenschap"] = Community;
        }

        if (IncludeRetired)
        {
            values["inactief"] = "true";
        }

        return values;
    }
}
