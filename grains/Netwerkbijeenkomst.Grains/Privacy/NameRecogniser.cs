using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>
/// Finds person names: words on the name lists, and capitalised words after a title or kinship word
/// ("mevrouw Pattiasina", "zoon Koen"), joined with the names, particles and initials beside them
/// ("A. el Amrani", "Jan de Jong"). Ordinary words, places, institutions and holidays that are also names count
/// only with such evidence, or for ordinary words a capital in mid-sentence; a capital that starts a sentence is none.
/// </summary>
internal sealed partial class NameRecogniser(NameLexicon lexicon) : IRecogniser
{
    public IEnumerable<PrivacyFinding> Find(string text)
    {
        var tokens = NameTokenizer.Tokenize(text, lexicon);
        var seeds = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            MarkSeed(text, tokens, i, seeds, lexicon);
        }

        var findings = new List<PrivacyFinding>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!seeds[i])
            {
                continue;
            }

            var first = ExtendLeft(text, tokens, i);
            var last = ExtendRight(text, tokens, i);
            while (last + 1 < tokens.Count && seeds[last + 1] && NameTokenizer.Adjacent(text, tokens[last].End, tokens[last + 1].Start))
            {
                last = ExtendRight(text, tokens, last + 1);
            }

            if (!NamesSomethingElse(text, tokens, first, last))
            {
                findings.Add(new PrivacyFinding(PersonalDataKind.Name, tokens[first].Start, tokens[last].End - tokens[first].Start));
            }

            i = last;
        }

        return findings;
    }

    private static void MarkSeed(string text, List<NameToken> tokens, int i, bool[] seeds, NameLexicon lexicon)
    {
        var token = tokens[i];
        var before = i > 0 ? tokens[i - 1] : null;
        var after = i + 1 < tokens.Count ? tokens[i + 1] : null;
        var candidate = token.Capitalised && !token.AllCapitals && (token.IsName || token.UnknownCapitalised);

        // Fatma, Yılmaz, Pattiasina: a name that is nothing else, wherever it stands.
        if (token.Strength == NameStrength.Strong && token.Capitalised && !token.AllCapitals)
        {
            seeds[i] = true;
        }

        // met Roos, aan Bakker: Dutch writes common nouns in lower case, so a capital in mid-sentence marks the name.
        else if (token.Strength == NameStrength.Weak && token.CommonNoun && token.Capitalised && !token.AllCapitals && !token.SentenceInitial && !token.PublicTitle)
        {
            seeds[i] = true;
        }

        // mevrouw Bakker, dhr. De Jong, imam Yusuf, hadja fatima.
        else if (before is { Title: true } && NameTokenizer.Adjacent(text, before.End, token.Start, ".")
                 && (candidate || (!token.Capitalised && token.Strength == NameStrength.Strong)))
        {
            seeds[i] = true;
        }

        // zoon Ahmed, buurvrouw Fatma, haar man, Mustafa: kinship words before a capitalised word or a listed name.
        else if (before is { Relation: true } && (candidate || (!token.Capitalised && token.Strength == NameStrength.Strong))
                 && (NameTokenizer.Adjacent(text, before.End, token.Start) || (token.IsName && NameTokenizer.Adjacent(text, before.End, token.Start, ","))))
        {
            seeds[i] = true;
        }

        // de Jong, van Dijk, El Amrani: a particle makes a capitalised surname a name, unless it starts the sentence
        // or the surname is also a place ("op de Dam", "aan de Maas").
        else if (before is { Particle: true } && token.Capitalised && !token.AllCapitals && !token.SentenceInitial && token.Surname
                 && (token.Strength == NameStrength.Strong || token.CommonNoun)
                 && NameTokenizer.Adjacent(text, before.End, token.Start))
        {
            seeds[i] = true;
        }

        // Mehmet Bey, Fatma Hanım; Roos (72).
        else if (candidate && after is not null
                 && ((after.Honorific && NameTokenizer.Adjacent(text, token.End, after.Start)) || (!token.SentenceInitial && AgeFollows().IsMatch(text.AsSpan(token.End)))))
        {
            seeds[i] = true;
        }

        // A. Yılmaz, J.P. de Vries: initials before a capitalised word.
        else if (before is { Initial: true } && candidate && NameTokenizer.Adjacent(text, before.End, token.Start, "."))
        {
            seeds[i] = true;
        }

        // Warsame, Kowalczyk: no list knows the word and it is no Dutch word, where a person can stand ("met Warsame",
        // "Hodan is …"), not a place or thing ("in Hargeisa", "de Lidl").
        else if (token.Unfamiliar && PersonPosition.Allows(text, tokens, i, lexicon))
        {
            seeds[i] = true;
        }
    }

    private static int ExtendLeft(string text, List<NameToken> tokens, int first)
    {
        while (first > 0)
        {
            var previous = tokens[first - 1];
            if (!NameTokenizer.Adjacent(text, previous.End, tokens[first].Start, previous.Initial ? "." : ""))
            {
                break;
            }

            if (previous.PublicTitle)
            {
                break;
            }

            if (previous.Initial || (previous.Capitalised && !previous.AllCapitals && (previous.IsName || previous.Unfamiliar || (previous.UnknownCapitalised && !previous.SentenceInitial))))
            {
                first--;
            }
            else if (previous.Particle && first >= 2 && NameTokenizer.Adjacent(text, tokens[first - 2].End, previous.Start)
                     && (tokens[first - 2].Title || (tokens[first - 2].Capitalised && tokens[first - 2].IsName)))
            {
                first -= tokens[first - 2].Title ? 1 : 2;
            }
            else if (previous.Particle && tokens[first].Capitalised && (tokens[first].Surname || (tokens[first].Unfamiliar && (previous.Capitalised || ArabicParticle(previous.Word)))))
            {
                first--;
            }
            else
            {
                break;
            }
        }

        return first;
    }

    private static int ExtendRight(string text, List<NameToken> tokens, int last)
    {
        var lowerCase = !tokens[last].Capitalised;
        while (last + 1 < tokens.Count && NameTokenizer.Adjacent(text, tokens[last].End, tokens[last + 1].Start))
        {
            var next = tokens[last + 1];
            if (next.Capitalised && !next.AllCapitals && !next.PublicTitle && (next.IsName || next.UnknownCapitalised))
            {
                last++;
            }
            else if (lowerCase && next.Strength == NameStrength.Strong)
            {
                last++;
            }
            else if (next.Particle && last + 2 < tokens.Count && NameTokenizer.Adjacent(text, next.End, tokens[last + 2].Start)
                     && tokens[last + 2].Capitalised && (tokens[last + 2].IsName || tokens[last + 2].UnknownCapitalised))
            {
                last += 2;
            }
            else
            {
                break;
            }
        }

        return last;
    }

    // el Idrissi, ben Haddou, ait Said: unlike "van" or "de" these are never a Dutch preposition or article.
    private static bool ArabicParticle(string word) => word is "el" or "al" or "ben" or "bin" or "bou" or "ait" or "ou" or "abu" or "abou";

    // de profeet Mohammed, koningin Máxima; the Mevlana moskee, the Antonius Ziekenhuis, the Anne Frankstraat;
    // zorgcentrum De Roos, stichting Ayasofya.
    private static bool NamesSomethingElse(string text, List<NameToken> tokens, int first, int last)
    {
        var before = first > 0 ? tokens[first - 1] : null;
        var after = last + 1 < tokens.Count ? tokens[last + 1] : null;
        return (before is { PublicTitle: true } or { Organisation: true } && NameTokenizer.Adjacent(text, before.End, tokens[first].Start))
               || (after is { Organisation: true } && NameTokenizer.Adjacent(text, tokens[last].End, after.Start, "-"));
    }

    [GeneratedRegex(@"^\s*\(\s*\d{1,3}\s*(?:jaar|jr\.?)?\s*\)")]
    internal static partial Regex AgeFollows();
}
