using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Privacy;

/// <summary>Finds identifying details in a free text; grains call it for every free text before raising an event.</summary>
public interface IPrivacyCheck
{
    ImmutableArray<PrivacyFinding> Find(string text);
}
