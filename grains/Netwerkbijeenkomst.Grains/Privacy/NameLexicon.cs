using System.Collections.Frozen;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>The name lists, stop lists and cue words the name recogniser consults, loaded once per process.</summary>
internal sealed class NameLexicon
{
    private static readonly string[] FirstNameFiles =
    [
        "first-names-dutch.txt", "first-names-turkish.txt", "first-names-moroccan.txt", "first-names-surinamese.txt",
        "first-names-caribbean.txt", "first-names-moluccan.txt", "first-names-chinese.txt",
    ];

    private static readonly string[] SurnameFiles =
    [
        "surnames-dutch.txt", "surnames-turkish.txt", "surnames-moroccan.txt", "surnames-surinamese.txt",
        "surnames-caribbean.txt", "surnames-moluccan.txt", "surnames-chinese.txt",
    ];

    private static readonly string[] ProperNameFiles =
        ["places.txt", "nationalities.txt", "institutions.txt", "holidays.txt", "medicines.txt", "brands.txt", "terms.txt"];

    private static readonly string[] ParticleWords =
        ["van", "de", "der", "den", "het", "ter", "ten", "te", "von", "le", "la", "du", "da", "dos", "das", "del", "di", "el", "al", "ben", "bin", "bou", "ait", "ou", "abu", "abou", "a"];

    private NameLexicon()
    {
        FirstNames = Words(FirstNameFiles);
        Surnames = Words(SurnameFiles);
        CommonWords = WordList.ReadSet("common-words.txt");
        var proper = ProperNameFiles.SelectMany(WordList.Read).ToList();
        ProperWords = proper.Where(w => !w.Contains(' ', StringComparison.Ordinal)).Select(WordList.Normalise).ToFrozenSet(StringComparer.Ordinal);
        Phrases = proper.Where(w => w.Contains(' ', StringComparison.Ordinal))
            .Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(WordList.Normalise).ToArray())
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Titles = WordList.ReadSet("titles.txt");
        Relations = WordList.ReadSet("relations.txt");
        PublicTitles = WordList.ReadSet("public-titles.txt");
        var suffixes = WordList.Read("name-suffixes.txt").ToList();
        Honorifics = suffixes.Where(s => s[0] != '-').Select(WordList.Normalise).ToFrozenSet(StringComparer.Ordinal);
        OrganisationEndings = [.. suffixes.Where(s => s[0] == '-').Select(s => WordList.Normalise(s[1..]))];
        Particles = ParticleWords.ToFrozenSet(StringComparer.Ordinal);
        PersonVerbs = WordList.ReadSet("person-verbs.txt");
    }

    public static NameLexicon Shared { get; } = new();

    public FrozenSet<string> FirstNames { get; }

    public FrozenSet<string> Surnames { get; }

    /// <summary>Ordinary Dutch words that are also names: written in lower case when they are the word.</summary>
    public FrozenSet<string> CommonWords { get; }

    /// <summary>Places, origins, institutions, holidays, medicines, brands and terms: capitalised, yet not a person's name.</summary>
    public FrozenSet<string> ProperWords { get; }

    /// <summary>Multi-word entries of those lists ("Keti Koti", "Leger des Heils"), keyed by their first word.</summary>
    public FrozenDictionary<string, string[][]> Phrases { get; }

    public FrozenSet<string> Titles { get; }

    public FrozenSet<string> Relations { get; }

    public FrozenSet<string> PublicTitles { get; }

    public FrozenSet<string> Honorifics { get; }

    public string[] OrganisationEndings { get; }

    public FrozenSet<string> Particles { get; }

    /// <summary>Finite verbs a person does ("is", "vertelde", "woont"): after one, a sentence's first word is its subject.</summary>
    public FrozenSet<string> PersonVerbs { get; }

    public bool IsName(string word) => FirstNames.Contains(word) || Surnames.Contains(word);

    public bool IsWord(string word) =>
        CommonWords.Contains(word) || ProperWords.Contains(word) || Titles.Contains(word) || Relations.Contains(word) || PublicTitles.Contains(word);

    /// <summary>
    /// An ordinary Dutch word by the OpenTaal list, also as a plural or compound; hyphenated, one whose last part is
    /// such a word or on a list ("Wmo-consulent", "Rotterdam-Zuid", "Surinaams-Javaans"), as Dutch puts the head last.
    /// </summary>
    public bool IsDutch(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var words = DutchWordList.Shared;
        if (words.Knows(word))
        {
            return true;
        }

        var dash = word.LastIndexOf('-');
        return dash > 0 && dash < word.Length - 1 && (IsWord(word[(dash + 1)..]) || words.Knows(word.AsSpan(dash + 1)));
    }

    // The word itself or a compound on it ("moskee", "Ziekenhuis"); one letter before the ending makes no compound ("thuis").
    public bool EndsLikeOrganisation(string word) =>
        OrganisationEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal) && word.Length != e.Length + 1);

    // Entries may hold particles and parts ("Tjon A Fat", "Gerrit-Jan"): the whole and each part are names.
    private static FrozenSet<string> Words(string[] files) =>
        files.SelectMany(WordList.Read).Select(WordList.Normalise).SelectMany(Parts).ToFrozenSet(StringComparer.Ordinal);

    private static IEnumerable<string> Parts(string entry)
    {
        var parts = entry.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 1 ? parts : [entry.Replace(' ', '-'), .. parts.Where(p => !ParticleWords.Contains(p))];
    }
}
