using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Privacy;

/// <summary>Finds identifying details in a free text; grains call it for every free text before raising an event.</summary>
public interface IPrivacyCheck
{
    /// <summary>Everything that may identify a person, as in a case's own description.</summary>
    ImmutableArray<PrivacyFinding> Find(string text);

    /// <summary>What may identify a person in a text of this kind, leaving out the network's own people where the kind allows them.</summary>
    ImmutableArray<PrivacyFinding> Find(string text, TextKind kind, KnownPeople known);
}
