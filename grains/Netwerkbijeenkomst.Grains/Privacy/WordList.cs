using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>Reads the embedded lists under Privacy/Data and brings words to the one form they are compared in.</summary>
internal static class WordList
{
    private const string ResourcePrefix = "Netwerkbijeenkomst.Grains.Privacy.Data.";

    /// <summary>The entries of one list: one a line, '#' starts a comment, blank lines are skipped.</summary>
    public static IEnumerable<string> Read(string fileName)
    {
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The privacy word list {fileName} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    public static FrozenSet<string> ReadSet(params string[] fileNames) =>
        fileNames.SelectMany(Read).Select(Normalise).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower case without diacritics, Turkish dotless i as i and one apostrophe: Ayşe, Ayse and AYSE compare equal.</summary>
    public static string Normalise(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var decomposed = word.Replace('ı', 'i').Replace('İ', 'I').Replace('’', '\'').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
