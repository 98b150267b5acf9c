using System.Text.RegularExpressions;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>Splits a text into words and tells for each what the lists know of it and where it stands.</summary>
internal static partial class NameTokenizer
{
    private static readonly string[] Abbreviations = ["dhr", "mw", "mevr", "mvr", "mnr", "hr", "dr", "drs", "mr", "ir", "ing", "prof", "fam", "st", "nr", "bijv", "ca", "evt", "enz", "tel", "jr", "sr"];

    public static List<NameToken> Tokenize(string text, NameLexicon lexicon)
    {
        var tokens = new List<NameToken>();
        foreach (Match match in Word().Matches(text))
        {
            var value = match.Value;
            // A possessive 's belongs to the name but not to its span or its spelling: "Fatma's dochter".
            if (value.Length > 3 && (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("’s", StringComparison.Ordinal)))
            {
                value = value[..^2];
            }

            tokens.Add(Classify(text, match.Index, value, lexicon, tokens.Count > 0 ? tokens[^1] : null));
        }

        MarkPhrases(text, tokens, lexicon);
        return tokens;
    }

    /// <summary>True when only spaces (no line break) stand between the two positions, or also the given punctuation.</summary>
    public static bool Adjacent(string text, int from, int to, string punctuation = "")
    {
        if (to < from)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' || (!char.IsWhiteSpace(c) && !punctuation.Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static NameToken Classify(string text, int start, string value, NameLexicon lexicon, NameToken? previous)
    {
        var capitalised = char.IsUpper(value[0]);
        var initial = value.Length == 1 && capitalised && start + 1 < text.Length && text[start + 1] == '.';
        var word = WordList.Normalise(value);
        // "Ahmeds dochter": a first name with the possessive s and no apostrophe.
        if (capitalised && word.Length > 3 && word[^1] == 's' && !lexicon.IsName(word) && !lexicon.IsWord(word) && lexicon.FirstNames.Contains(word[..^1]))
        {
            word = word[..^1];
        }

        var (isName, ordinary) = Lookup(word, lexicon);
        var token = new NameToken(start, value.Length, word)
        {
            Capitalised = capitalised,
            AllCapitals = value.Length > 1 && value.All(c => !char.IsLetter(c) || char.IsUpper(c)),
            SentenceInitial = StartsSentence(text, start, previous),
            Initial = initial,
            Strength = !isName ? NameStrength.None : ordinary ? NameStrength.Weak : NameStrength.Strong,
            Surname = lexicon.Surnames.Contains(word) || (word.Contains('-', StringComparison.Ordinal) && isName),
            CommonNoun = isName && lexicon.CommonWords.Contains(word) && !lexicon.ProperWords.Contains(word),
            Stop = ordinary && !isName,
            Title = lexicon.Titles.Contains(word),
            Relation = lexicon.Relations.Contains(word),
            PublicTitle = lexicon.PublicTitles.Contains(word),
            Honorific = lexicon.Honorifics.Contains(word),
            Organisation = !isName && lexicon.EndsLikeOrganisation(word),
            Particle = lexicon.Particles.Contains(word) && !initial,
        };

        // Only the few capitalised words no list knows are looked up in the Dutch word list.
        return token.UnknownCapitalised && IsUnfamiliar(text, token, value, lexicon) ? token with { Unfamiliar = true } : token;
    }

    // WhatsApp, PostNL, DigiD: a capital inside a word marks a brand; "Ca. 30" or "Evt. later" an abbreviation.
    private static bool IsUnfamiliar(string text, NameToken token, string value, NameLexicon lexicon)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsUpper(value[i]) && char.IsLower(value[i - 1]))
            {
                return false;
            }
        }

        var end = token.End;
        var abbreviation = end + 2 < text.Length && text[end] == '.' && text[end + 1] == ' ' && (char.IsLower(text[end + 2]) || char.IsAsciiDigit(text[end + 2]));
        return value.Length > 1 && !abbreviation && !lexicon.IsDutch(token.Word);
    }

    // A hyphenated word is a name when all its parts are ("Jan-Willem", "Tjin-A-Tsoi"), a place when it is listed whole.
    private static (bool IsName, bool Ordinary) Lookup(string word, NameLexicon lexicon)
    {
        var ordinary = lexicon.IsWord(word);
        if (lexicon.IsName(word) || ordinary || !word.Contains('-', StringComparison.Ordinal))
        {
            return (lexicon.IsName(word), ordinary);
        }

        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(p => !lexicon.Particles.Contains(p)).ToArray();
        if (parts.Length == 0 || lexicon.EndsLikeOrganisation(parts[^1]))
        {
            return (false, true);
        }

        return (parts.All(lexicon.IsName), parts.Any(lexicon.IsWord));
    }

    // Capitals at the start of a sentence say nothing; a full stop after an initial or "dhr." ends no sentence.
    private static bool StartsSentence(string text, int start, NameToken? previous)
    {
        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\'' or '“' or '”' or '‘' or '’' or '(' or '[' or '*' or '•' or '–'))
        {
            if (text[i] == '\n')
            {
                return true;
            }

            i--;
        }

        if (i < 0)
        {
            return true;
        }

        return text[i] switch
        {
            '.' => previous is null || previous.End != i || !(previous.Length == 1 || Abbreviations.Contains(previous.Word)),
            '!' or '?' or ':' or ';' => true,
            '-' => i == 0 || text[i - 1] == '\n',
            _ => false,
        };
    }

    private static void MarkPhrases(string text, List<NameToken> tokens, NameLexicon lexicon)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!lexicon.Phrases.TryGetValue(tokens[i].Word, out var phrases))
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                if (i + phrase.Length > tokens.Count || !Enumerable.Range(0, phrase.Length).All(k =>
                        tokens[i + k].Word == phrase[k] && (k == 0 || Adjacent(text, tokens[i + k - 1].End, tokens[i + k].Start))))
                {
                    continue;
                }

                for (var k = 0; k < phrase.Length; k++)
                {
                    tokens[i + k] = tokens[i + k] with { Strength = NameStrength.None, Stop = true, Particle = false, Unfamiliar = false };
                }

                break;
            }
        }
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*")]
    private static partial Regex Word();
}
