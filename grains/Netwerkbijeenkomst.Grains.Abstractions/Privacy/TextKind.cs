namespace Netwerkbijeenkomst.Grains.Abstractions.Privacy;

/// <summary>What a free text is for, which decides how the privacy check reads it (docs/privacy.md, "Context").</summary>
[GenerateSerializer]
[Alias("TextKind")]
public enum TextKind
{
    /// <summary>A case's own description (situation, question, community, other theme): every kind of detail, no exceptions.</summary>
    CaseDescription,

    /// <summary>What people say and record about a case or the work (contributions, advice, next steps, action points, notes):
    /// every kind of detail, except the names and work contact details of the network's own people.</summary>
    Discussion,

    /// <summary>Organising texts (meeting titles, places, agenda titles of non-case items, institution names): dates and
    /// names are what they are for; identifying numbers, contact details and addresses are still refused.</summary>
    Administrative,

    /// <summary>Where a meeting is held: an organising text whose point is a building's address, so addresses and postcodes
    /// pass too; identifying numbers, phone numbers, e-mail addresses and plates are still refused.</summary>
    Venue,
}
