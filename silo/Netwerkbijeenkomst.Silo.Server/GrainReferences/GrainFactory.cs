using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Server.Activations;

namespace Netwerkbijeenkomst.Silo.Server.GrainReferences;

/// <summary>Makes grain references; no activation happens until the first call.</summary>
internal sealed class GrainFactory(GrainTypeRegistry types, Catalog catalog) : IGrainFactory
{
    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(primaryKey);
        return Reference<TGrainInterface>(primaryKey, grainClassNamePrefix);
    }

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidKey =>
        Reference<TGrainInterface>(primaryKey.ToString("N"), grainClassNamePrefix);

    private TGrainInterface Reference<TGrainInterface>(string key, string? grainClassNamePrefix)
    {
        var grainClass = types.ForInterface(typeof(TGrainInterface), grainClassNamePrefix);
        return GrainReference.Create<TGrainInterface>(new GrainId(grainClass.GrainType, key), catalog);
    }
}
