using System.Buffers.Binary;
using System.IO.Compression;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>
/// The OpenTaal Dutch word list (Privacy/Data/dutch-words.txt.gz, made by scripts/privacy-wordlist), loaded once per
/// process on first use and kept as one block of sorted ASCII lines with their offsets: about 6 MB, where 358,000
/// separate strings would take some 17 MB before any set around them. Tells whether a normalised word is Dutch, also
/// as a plural, possessive or compound of up to three listed words ("Thuisadministratie").
/// </summary>
internal sealed class DutchWordList
{
    private const string ResourceName = "Netwerkbijeenkomst.Grains.Privacy.Data.dutch-words.txt.gz";
    private const int LongestWord = 64;
    private const int ShortestCompoundPart = 4;

    private static readonly Lazy<DutchWordList> Loaded = new(Load);

    private readonly byte[] _text;
    private readonly int[] _starts;

    private DutchWordList(byte[] text, int[] starts, int count)
    {
        _text = text;
        _starts = starts;
        Count = count;
    }

    public static DutchWordList Shared => Loaded.Value;

    public int Count { get; }

    /// <summary>Decompresses the embedded list into one array; the header lines ('#') are left out.</summary>
    public static DutchWordList Load()
    {
        using var stream = typeof(DutchWordList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The Dutch word list is not embedded; run scripts/privacy-wordlist.");

        // gzip ends with the uncompressed length, so the text is read into an array of its exact size.
        Span<byte> size = stackalloc byte[4];
        stream.Seek(-4, SeekOrigin.End);
        stream.ReadExactly(size);
        stream.Seek(0, SeekOrigin.Begin);
        var text = new byte[BinaryPrimitives.ReadInt32LittleEndian(size)];
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress))
        {
            gzip.ReadExactly(text);
        }

        // One offset per line, counted first so the array is allocated once at its size.
        var starts = new int[text.AsSpan().Count((byte)'\n') + 1];
        var count = 0;
        for (var start = 0; start < text.Length;)
        {
            var length = text.AsSpan(start).IndexOf((byte)'\n');
            length = length < 0 ? text.Length - start : length;
            if (length > 0 && text[start] != (byte)'#')
            {
                starts[count++] = start;
            }

            start += length + 1;
        }

        return new DutchWordList(text, starts, count);
    }

    /// <summary>The word exactly as listed; expects the normalised form (WordList.Normalise).</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > LongestWord)
        {
            return false;
        }

        Span<byte> key = stackalloc byte[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            // The list holds ASCII only once normalised; a letter beyond it (ł, ø) is in no entry.
            if (word[i] > 127)
            {
                return false;
            }

            key[i] = (byte)word[i];
        }

        int low = 0, high = Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = Line(middle).SequenceCompareTo(key);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    /// <summary>
    /// A Dutch word as listed, with a plural or possessive s ("Teams"), or a compound of up to three listed words of
    /// four letters or more, with a linking s, e or en ("Schuldhulpmaatje", "Dagbestedingslocatie"). Expects the
    /// normalised form.
    /// </summary>
    public bool Knows(ReadOnlySpan<char> word) => IsWordOrPlural(word) || IsCompound(word, 3);

    /// <summary>
    /// A listed word that is the present or past singular of a listed verb: "woont" (wonen), "belt" (bellen), "leest"
    /// (lezen), "verstaat" (verstaan), "praat" (praten), "werkte" (werken), "leefde" (leven). Expects the normalised form.
    /// </summary>
    public bool IsFiniteVerb(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length > LongestWord - 3 || !Contains(word))
        {
            return false;
        }

        if (word[^1] == 't')
        {
            // "woont" has the stem "woon"; "praat" and "wacht" end their stem in t themselves.
            return HasInfinitive(word[..^1]) || HasInfinitive(word);
        }

        return word[^1] == 'e' && word[^2] is 'd' or 't' && HasInfinitive(word[..^2]);
    }

    // The infinitive of a stem, as Dutch spells it: zorg-en, verstaa-n, bel-len, woon → wonen, lees → lezen, leef → leven.
    private bool HasInfinitive(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 2)
        {
            return false;
        }

        Span<char> infinitive = stackalloc char[stem.Length + 3];
        stem.CopyTo(infinitive);
        if (Contains(Append(infinitive, stem.Length, "en")) || Contains(Append(infinitive, stem.Length, "n")))
        {
            return true;
        }

        var last = stem[^1];
        infinitive[stem.Length] = last;
        if (!IsVowel(last) && Contains(Append(infinitive, stem.Length + 1, "en")))
        {
            return true;
        }

        // A long vowel before one consonant is written single in the infinitive; f and s become v and z there.
        var undoubled = stem.Length >= 3 && stem[^2] == stem[^3] && IsVowel(stem[^2]);
        var length = undoubled ? stem.Length - 1 : stem.Length;
        stem[..(length - 1)].CopyTo(infinitive);
        infinitive[length - 1] = last switch { 'f' => 'v', 's' => 'z', _ => last };
        return (undoubled || last is 'f' or 's') && Contains(Append(infinitive, length, "en"));
    }

    private static ReadOnlySpan<char> Append(Span<char> buffer, int length, string ending)
    {
        ending.CopyTo(buffer[length..]);
        return buffer[..(length + ending.Length)];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private bool IsWordOrPlural(ReadOnlySpan<char> word) =>
        Contains(word) || (word.Length > ShortestCompoundPart && word[^1] == 's' && Contains(word[..^1]));

    private bool IsCompound(ReadOnlySpan<char> word, int parts)
    {
        for (var split = ShortestCompoundPart; split <= word.Length - ShortestCompoundPart; split++)
        {
            var tail = word[split..];
            if (IsCompoundHead(word[..split]) && (IsWordOrPlural(tail) || (parts > 2 && IsCompound(tail, parts - 1))))
            {
                return true;
            }
        }

        return false;
    }

    // The head of a compound, with the linking s, e or en Dutch puts between its parts ("dagbestedings-", "ziekenhuis-").
    private bool IsCompoundHead(ReadOnlySpan<char> head) =>
        Contains(head)
        || (head.Length > ShortestCompoundPart && head[^1] is 's' or 'e' && Contains(head[..^1]))
        || (head.Length > ShortestCompoundPart + 1 && head.EndsWith("en", StringComparison.Ordinal) && Contains(head[..^2]));

    private ReadOnlySpan<byte> Line(int index)
    {
        var line = _text.AsSpan(_starts[index]);
        var end = line.IndexOf((byte)'\n');
        return end < 0 ? line : line[..end];
    }
}
