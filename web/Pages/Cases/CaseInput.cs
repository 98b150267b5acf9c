using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Web.Pages.Cases;

/// <summary>The case form: what an anonymised case may hold.</summary>
public sealed class CaseInput
{
    /// <summary>Where the grain's field names land on this form.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["ageBand"] = "Input.AgeBand",
        ["community"] = "Input.Community",
        ["themes"] = "Input.Themes",
        ["otherTheme"] = "Input.OtherTheme",
        ["situation"] = "Input.Situation",
        ["question"] = "Input.Question",
    };

    public AgeBand AgeBand { get; set; } = AgeBand.From65To74;

    [Required(ErrorMessage = "Vul de gemeenschap of taal in.")]
    public string Community { get; set; } = "";

    public List<CaseTheme> Themes { get; set; } = [];

    public string? OtherTheme { get; set; }

    [Required(ErrorMessage = "Beschrijf de situatie.")]
    public string Situation { get; set; } = "";

    [Required(ErrorMessage = "Vul de vraag aan het netwerk in.")]
    public string Question { get; set; } = "";

    public CaseDetails ToDetails() => new(AgeBand, Community, [.. Themes], OtherTheme, Situation, Question);

    public static CaseInput From(CaseDetails details) => new()
    {
        AgeBand = details.AgeBand,
        Community = details.Community,
        Themes = [.. details.Themes],
        OtherTheme = details.OtherTheme,
        Situation = details.Situation,
        Question = details.Question,
    };

    public static ImmutableArray<CaseTheme> AllThemes { get; } = [.. Enum.GetValues<CaseTheme>()];

    /// <summary>What the privacy check found per field when the grain refused the form; shown highlighted in the text.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<PrivacyFinding>> Findings { get; set; } = new Dictionary<string, ImmutableArray<PrivacyFinding>>();

    public ImmutableArray<PrivacyFinding> FindingsFor(string field) => Findings.TryGetValue(field, out var found) ? found : [];
}
