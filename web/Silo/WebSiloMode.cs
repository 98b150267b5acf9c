namespace Netwerkbijeenkomst.Web.Silo;

/// <summary>Whether this web node runs the grains itself (<c>Web:Silo</c>).</summary>
public enum WebSiloMode
{
    /// <summary>One process with web and silo: the default, and what `dotnet run --project web` starts.</summary>
    CoHosted,

    /// <summary>A web node of a cluster: an Orleans client of the grain-only silos.</summary>
    Client,
}
