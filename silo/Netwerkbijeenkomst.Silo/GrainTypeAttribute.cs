namespace Netwerkbijeenkomst.Silo;

/// <summary>Names a grain class's type in grain ids, instead of the default (class name without "Grain", lower case).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string grainType) : Attribute
{
    public string GrainType { get; } = grainType;
}
