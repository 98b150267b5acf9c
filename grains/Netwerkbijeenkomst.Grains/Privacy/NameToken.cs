namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>How strongly a word on its own points to a person's name.</summary>
internal enum NameStrength
{
    /// <summary>Not on a name list.</summary>
    None,

    /// <summary>On a name list and also an ordinary word, place or holiday: a name only with evidence.</summary>
    Weak,

    /// <summary>On a name list and nothing else.</summary>
    Strong,
}

/// <summary>One word of a text as the name recogniser sees it.</summary>
internal sealed record NameToken(int Start, int Length, string Word)
{
    public int End => Start + Length;

    public bool Capitalised { get; init; }

    public bool AllCapitals { get; init; }

    public bool SentenceInitial { get; init; }

    /// <summary>A single capital followed by a full stop: "A." in "A. Yılmaz".</summary>
    public bool Initial { get; init; }

    public NameStrength Strength { get; init; }

    public bool Surname { get; init; }

    /// <summary>Also an ordinary Dutch word and nothing proper: a capital in mid-sentence then marks the name ("met Roos").</summary>
    public bool CommonNoun { get; init; }

    /// <summary>An ordinary word, place, origin, institution or holiday that is not also a name.</summary>
    public bool Stop { get; init; }

    public bool Title { get; init; }

    public bool Relation { get; init; }

    public bool PublicTitle { get; init; }

    public bool Honorific { get; init; }

    public bool Organisation { get; init; }

    public bool Particle { get; init; }

    /// <summary>
    /// Capitalised, on no list and no Dutch word either: a name the lists lack ("Warsame", "Kowalczyk") or a foreign word.
    /// Set only for words <see cref="UnknownCapitalised"/>; where it stands decides whether it is taken for a name.
    /// </summary>
    public bool Unfamiliar { get; init; }

    public bool IsName => Strength != NameStrength.None;

    /// <summary>Capitalised and not known as anything but possibly a name: "Pattiasina" when the lists lack it.</summary>
    public bool UnknownCapitalised => Capitalised && !AllCapitals && !IsName && !Stop && !Title && !Relation && !PublicTitle && !Honorific && !Organisation && !Particle;
}
