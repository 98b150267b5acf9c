using System.Collections.Frozen;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>
/// Decides whether an unfamiliar capitalised word stands where a person can: in mid-sentence, not after a word for a
/// place or thing ("in Hargeisa", "de Lidl", "zijn Samsung"); at the start of a sentence, only when a verb, another
/// name, "en" with a name, a possessive with a kinship word, an age, "van de" with a noun or "uit" with a place follows
/// ("Hodan is …", "Krystyna Zielińska woont …", "Abrehet en Ghirmay …", "Shudayra zijn moeder …", "Hmidou (79) …",
/// "Thijs van de thuiszorg …", "Hodan uit Hargeisa …"). Never beside a thing joined by "en" or "of" ("Injera en Shiro").
/// </summary>
internal static class PersonPosition
{
    // After these a capitalised word is a place, a thing or an organisation, not a person.
    private static readonly FrozenSet<string> PlaceOrThingWords = FrozenSet.ToFrozenSet(
    [
        "in", "uit", "vanuit", "naar", "te", "richting", "nabij", "vanaf", "rond",
        "de", "het", "t", "een", "deze", "dit", "zijn", "haar", "hun", "mijn", "onze", "ons", "jullie", "uw",
        "elke", "iedere", "ieder", "geen", "welke", "dezelfde", "hetzelfde",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Possessives = FrozenSet.ToFrozenSet(["zijn", "haar", "hun", "mijn", "z'n", "d'r"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> AppositionStarts =
        FrozenSet.ToFrozenSet(["de", "het", "een", "zijn", "haar", "hun", "mijn", "diens", "z'n", "d'r"], StringComparer.Ordinal);

    public static bool Allows(string text, List<NameToken> tokens, int i, NameLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(lexicon);
        var token = tokens[i];
        if (NumberFollows(text, token.End))
        {
            // Seroquel 25 mg, Overtoom 12, Lijn 8: a product, a street or a bus line.
            return false;
        }

        if (BesideAThing(text, tokens, i))
        {
            // Injera en Shiro, Aleppo of Raqqa: words joined by "en" or "of" are of one kind.
            return false;
        }

        return token.SentenceInitial ? ContinuesLikeAPerson(text, tokens, i, lexicon) : !AfterPlaceOrThing(text, tokens, i);
    }

    private static bool BesideAThing(string text, List<NameToken> tokens, int i)
    {
        var before = At(tokens, i - 1);
        var after = At(tokens, i + 1);
        return (before is { Word: "en" or "of" } && NameTokenizer.Adjacent(text, before.End, tokens[i].Start)
                && At(tokens, i - 2) is { } first && NameTokenizer.Adjacent(text, first.End, before.Start) && IsThing(first))
               || (after is { Word: "en" or "of" } && NameTokenizer.Adjacent(text, tokens[i].End, after.Start)
                   && At(tokens, i + 2) is { } second && NameTokenizer.Adjacent(text, after.End, second.Start) && IsThing(second));
    }

    // A capitalised word the lists know as a place, institution, medicine or other thing, or an abbreviation.
    private static bool IsThing(NameToken token) =>
        token.Capitalised && !token.IsName && (token.Stop || token.AllCapitals || token.Organisation);

    private static bool AfterPlaceOrThing(string text, List<NameToken> tokens, int i)
    {
        // Back over the capitalised words of one proper name to the word before it: "in Hoog Catharijne".
        var first = i;
        while (At(tokens, first - 1) is { Capitalised: true, IsName: false, Title: false } previous && NameTokenizer.Adjacent(text, previous.End, tokens[first].Start))
        {
            // GGZ Delfland, Sociaal Wijkteam Lunetten, Stichting Mooi: part of the name of an institution or place.
            if (previous.Stop || previous.AllCapitals || previous.Organisation)
            {
                return true;
            }

            first--;
        }

        var before = At(tokens, first - 1);
        if (before is null || !NameTokenizer.Adjacent(text, before.End, tokens[first].Start))
        {
            return false;
        }

        // "mevrouw de Bruijn": after a title the article is a surname particle.
        var title = At(tokens, first - 2);
        return PlaceOrThingWords.Contains(before.Word) && !(before.Particle && title is { Title: true } && NameTokenizer.Adjacent(text, title.End, before.Start, "."));
    }

    private static bool ContinuesLikeAPerson(string text, List<NameToken> tokens, int i, NameLexicon lexicon)
    {
        var token = tokens[i];
        var next = At(tokens, i + 1);
        var second = At(tokens, i + 2);
        var third = At(tokens, i + 3);
        if (NameRecogniser.AgeFollows().IsMatch(text.AsSpan(token.End)))
        {
            return true;
        }

        if (next is null)
        {
            return false;
        }

        // The tokenizer leaves a possessive 's out of the word: "Tuanakotta's kleinzoon".
        var apostrophe = token.End + 1 < text.Length && text[token.End] is '\'' or '’' && text[token.End + 1] == 's';
        var end = apostrophe ? token.End + 2 : token.End;
        if (NameTokenizer.Adjacent(text, end, next.Start, ",") && text.AsSpan(end, next.Start - end).Contains(','))
        {
            // Rahaf, Ghada en Nour …: a list of names; Cabdullahi, de oudste zoon, …: an apposition with a kinship word.
            return (next.Capitalised && !next.AllCapitals && (next.IsName || next.Unfamiliar))
                   || (AppositionStarts.Contains(next.Word) && (second is { Relation: true } || (second is not null && third is { Relation: true })));
        }

        if (!NameTokenizer.Adjacent(text, end, next.Start))
        {
            return false;
        }

        return (next.Capitalised && !next.AllCapitals && (next.IsName || next.Unfamiliar))
               || (!next.Capitalised && (lexicon.PersonVerbs.Contains(next.Word) || DutchWordList.Shared.IsFiniteVerb(next.Word)))
               || (next.Word is "en" or "of" && second is not null
                   && ((second.Capitalised && !second.AllCapitals && (second.IsName || second.Unfamiliar)) || (Possessives.Contains(second.Word) && third is { Relation: true })))
               || (Possessives.Contains(next.Word) && second is { Relation: true })
               || (next.Word == "van" && second is { Word: "de" or "het" } && third is { Capitalised: false } && !third.Particle)
               || (next.Word == "uit" && second is { Capitalised: true, IsName: false } && (second.Stop || second.Unfamiliar))
               || (next.Relation && (apostrophe || token.Word[^1] == 's'));
    }

    private static bool NumberFollows(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i > end && i < text.Length && char.IsAsciiDigit(text[i]);
    }

    private static NameToken? At(List<NameToken> tokens, int i) => i >= 0 && i < tokens.Count ? tokens[i] : null;
}
