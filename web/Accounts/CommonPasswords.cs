using System.Collections.Frozen;
using System.Text;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>
/// The embedded list of common passwords (CommonPasswords.txt). A password counts as common when, in small letters and
/// without separators, digits or punctuation around it and with look-alike digits read as letters ("w@chtw00rd2026!"),
/// it is on the list.
/// </summary>
public sealed class CommonPasswords
{
    private const string Resource = "Netwerkbijeenkomst.Web.Accounts.CommonPasswords.txt";

    private readonly FrozenSet<string> _words;

    public CommonPasswords()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim());
            }
        }

        _words = words.ToFrozenSet(StringComparer.Ordinal);
    }

    public int Count => _words.Count;

    public bool Contains(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.Trim().ToLowerInvariant();
        var joined = string.Concat(lower.Where(c => c is not (' ' or '-' or '_' or '.')));
        var core = joined.Trim(NotALetter(joined));
        return _words.Contains(lower) || _words.Contains(joined) || _words.Contains(core) || _words.Contains(ReadAsLetters(core));
    }

    /// <summary>The digits and punctuation at either end of <paramref name="text"/>, to trim: "2026", "!!", "#1".</summary>
    private static char[] NotALetter(string text) => [.. text.Where(c => !char.IsLetter(c)).Distinct()];

    private static string ReadAsLetters(string text) => string.Concat(text.Select(c => c switch
    {
        '@' or '4' => 'a',
        '0' => 'o',
        '1' or '!' => 'i',
        '3' => 'e',
        '$' or '5' => 's',
        '7' => 't',
        _ => c,
    }));
}
