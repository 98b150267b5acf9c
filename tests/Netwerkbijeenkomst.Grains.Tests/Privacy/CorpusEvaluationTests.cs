using System.Runtime.CompilerServices;
using System.Text.Json;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Privacy;
using Xunit.Abstractions;

namespace Netwerkbijeenkomst.Grains.Tests.Privacy;

/// <summary>Measures the detector on the labelled corpus of case sentences and holds it to the agreed floors.</summary>
public sealed class CorpusEvaluationTests(ITestOutputHelper output)
{
    private const double StructuredRecallFloor = 0.98;
    private const double NameRecallFloor = 0.85;
    private const double PrecisionFloor = 0.90;

    [Fact]
    public void Detector_OnTheCorpus_MeetsTheRecallAndPrecisionFloors()
    {
        var corpus = CorpusEntry.Load(CorpusPath());
        var detector = new DutchPersonalDataDetector();
        var expected = new Dictionary<PersonalDataKind, (int Total, int Found, int Exact)>();
        int reported = 0, correct = 0;
        var notes = new List<string>();
        foreach (var entry in corpus)
        {
            var findings = detector.Find(entry.Text);
            var matched = new HashSet<PrivacyFinding>();
            foreach (var label in entry.Findings)
            {
                var match = findings.FirstOrDefault(f => f.Kind == label.Kind && !matched.Contains(f) && Overlaps(f, label));
                var (total, found, exact) = expected.GetValueOrDefault(label.Kind);
                expected[label.Kind] = (total + 1, found + (match is null ? 0 : 1), exact + (match == label ? 1 : 0));
                if (match is null)
                {
                    notes.Add($"missed {Describe(label)} in {entry.Id}: {entry.Text}");
                }
                else
                {
                    matched.Add(match);
                }
            }

            reported += findings.Length;
            correct += matched.Count;
            notes.AddRange(findings.Where(f => !matched.Contains(f)).Select(f => $"wrong  {Describe(f)} \"{entry.Text.Substring(f.Start, f.Length)}\" in {entry.Id}: {entry.Text}"));
        }

        var precision = reported == 0 ? 1.0 : (double)correct / reported;
        output.WriteLine($"{corpus.Count} sentences, {corpus.Count(e => e.Findings.Count > 0)} with personal data");
        output.WriteLine("kind       labels  found  recall  exact span");
        foreach (var (kind, (total, found, exact)) in expected.OrderBy(e => e.Key))
        {
            output.WriteLine($"{kind,-10} {total,6} {found,6} {(double)found / total,7:P1} {exact,6}");
        }

        output.WriteLine($"precision  {correct} of {reported} findings = {precision:P1}");
        notes.ForEach(output.WriteLine);

        Assert.Equal(Enum.GetValues<PersonalDataKind>().Length, expected.Count);
        Assert.True(corpus.Count >= 150, "The corpus holds at least 150 sentences.");
        Assert.All(expected.Where(e => e.Key != PersonalDataKind.Name), e => Assert.True((double)e.Value.Found / e.Value.Total >= StructuredRecallFloor, $"{e.Key} recall below {StructuredRecallFloor:P0}"));
        Assert.True((double)expected[PersonalDataKind.Name].Found / expected[PersonalDataKind.Name].Total >= NameRecallFloor, $"name recall below {NameRecallFloor:P0}");
        Assert.True(precision >= PrecisionFloor, $"precision {precision:P1} below {PrecisionFloor:P0}");
    }

    [Fact]
    public void Corpus_LabelsPointAtTheTextTheyQuote()
    {
        foreach (var entry in CorpusEntry.Load(CorpusPath()))
        {
            Assert.All(entry.Quotes, q => Assert.Equal(q.Quote, entry.Text.Substring(q.Finding.Start, q.Finding.Length)));
        }
    }

    private static bool Overlaps(PrivacyFinding a, PrivacyFinding b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    private static string Describe(PrivacyFinding f) => $"{f.Kind.ToString().ToLowerInvariant()} @{f.Start}+{f.Length}";

    // The corpus sits beside this file in the source tree, so it needs no copying into the build output.
    private static string CorpusPath([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Corpus", "corpus.jsonl");

    private sealed record CorpusEntry(string Id, string Text, IReadOnlyList<(PrivacyFinding Finding, string Quote)> Quotes)
    {
        public IReadOnlyList<PrivacyFinding> Findings => [.. Quotes.Select(q => q.Finding)];

        public static List<CorpusEntry> Load(string path) =>
        [
            .. File.ReadLines(path).Where(l => l.Length > 0).Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                return new CorpusEntry(
                    root.GetProperty("id").GetString()!,
                    root.GetProperty("text").GetString()!,
                    [.. root.GetProperty("findings").EnumerateArray().Select(f => (
                        new PrivacyFinding(Enum.Parse<PersonalDataKind>(f.GetProperty("kind").GetString()!, ignoreCase: true), f.GetProperty("start").GetInt32(), f.GetProperty("length").GetInt32()),
                        f.GetProperty("text").GetString()!))]);
            }),
        ];
    }
}
