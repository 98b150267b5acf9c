namespace Netwerkbijeenkomst.Silo.Hosting;

/// <summary>Where cluster membership is kept.</summary>
public enum ClusterMembership
{
    Localhost,
    Database,
}
