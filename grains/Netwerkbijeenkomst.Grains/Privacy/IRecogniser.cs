using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>Finds one kind of identifying detail; the detector combines them.</summary>
internal interface IRecogniser
{
    IEnumerable<PrivacyFinding> Find(string text);
}
