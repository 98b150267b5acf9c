using System.Text.RegularExpressions;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>
/// Tells whether a number stands right after a word for a reference ("beschikkingsnummer 0302145876", "kenmerk:
/// 0612783945", "het zaaknummer bij de kantonrechter is …"): such a number is a file's reference, not a phone number,
/// however it is shaped. A word for calling in between, a comma or a new sentence ends the cue ("het klantnummer weet
/// ik niet, maar ze is bereikbaar op 06 …").
/// </summary>
internal static partial class ReferenceNumber
{
    public static bool Precedes(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var from = Math.Max(0, index - 80);
        var reference = ReferenceWordBefore().Match(text, from, index - from);
        return reference.Success && !CallingWord().IsMatch(reference.Groups["between"].ValueSpan);
    }

    // A word for a file's number: any compound on -nummer or -nr but a phone's ("klantnummer", "verzekeringsnummer",
    // "zaaknr", not "telefoonnummer", "06-nummer"), a few nouns before a separate "nummer", or kenmerk and referentie;
    // then up to 40 characters of the same clause ("nr." and "ref." keep their full stop).
    [GeneratedRegex(@"(?:\b(?!(?:tele?|telefoon|mobiele?|gsm|fax|whatsapp|app|bel|terugbel|contact|nood|alarm|service|klantenservice|hulp|info|informatie|priv[eé]|vast|werk|thuis|sms|0\d*)-?(?:nummer|nr)\b)\p{L}+-?(?:nummer|nr)|\b(?:beschikking|dossier|zaak|klant|factuur|polis|lid|cli[eë]nt|pati[eë]nt)[\s\-](?:nummer|nr)|\b(?:betalings|ons |uw )?kenmerk|\breferentie|\bref)(?=\W)(?<between>(?:[^.,;!?\n]|(?<=\b(?:nr|ref))\.){0,40})$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceWordBefore();

    [GeneratedRegex(@"\b(?:bel\w*|gebeld|tel|telefoon\w*|telefonisch|mobiel\w*|gsm|bereik\w*|whatsapp|app|sms)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallingWord();
}
