using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Web.Privacy;

/// <summary>
/// What the shared _PrivacyFeedback partial shows under one field after the grain refused its text: the text as the
/// person sent it with the refused parts marked, and which kinds they are. <paramref name="Findings"/> are the
/// grain's, with offsets into the trimmed text it checked.
/// </summary>
public sealed record PrivacyFeedback(string Field, string? Text, ImmutableArray<PrivacyFinding> Findings)
{
    /// <summary>The feedback for <paramref name="field"/> of a refused command; empty when that field was not refused.</summary>
    public static PrivacyFeedback For(string field, string? text, ImmutableArray<FieldFindings> refused) =>
        new(field, text, refused.IsDefault ? [] : refused.FirstOrDefault(f => f.Field == field)?.Findings ?? []);

    /// <summary>The id of the element, for the field's aria-describedby (and for the case form's script while typing).</summary>
    public string Id => $"privacy-{Field}";

    /// <summary>The text cut into plain and refused pieces, in order; a finding that overlaps an earlier one stays unmarked.</summary>
    public ImmutableArray<HighlightSegment> Segments
    {
        get
        {
            if (Findings.IsDefaultOrEmpty || Text is not { } text)
            {
                return [];
            }

            var segments = ImmutableArray.CreateBuilder<HighlightSegment>();
            var position = 0;
            foreach (var finding in SentTextFindings.Place(text, Findings))
            {
                if (finding.Start < position)
                {
                    continue;
                }

                if (finding.Start > position)
                {
                    segments.Add(new HighlightSegment(text[position..finding.Start], null));
                }

                segments.Add(new HighlightSegment(text.Substring(finding.Start, finding.Length), finding.Kind));
                position = finding.Start + finding.Length;
            }

            if (position < text.Length)
            {
                segments.Add(new HighlightSegment(text[position..], null));
            }

            return segments.ToImmutable();
        }
    }

    /// <summary>The Dutch names of the kinds marked, once each, in reading order; empty when nothing is marked.</summary>
    public ImmutableArray<string> Kinds => [.. Segments.Select(s => s.Label).OfType<string>().Distinct()];
}
