using Netwerkbijeenkomst.Silo.Runtime;

namespace Netwerkbijeenkomst.Silo;

/// <summary>Identity of a grain or a grain reference.</summary>
public static class GrainExtensions
{
    public static GrainId GetGrainId(this IAddressable grain) => grain switch
    {
        IGrainBase activation => activation.GrainContext.GrainId,
        IGrainReference reference => reference.GrainId,
        _ => throw new ArgumentException($"{grain.GetType().Name} is neither a grain nor a grain reference.", nameof(grain)),
    };

    public static string GetPrimaryKeyString(this IAddressable grain) => grain.GetGrainId().Key;

    public static Guid GetPrimaryKey(this IAddressable grain) => Guid.ParseExact(grain.GetGrainId().Key, "N");
}
