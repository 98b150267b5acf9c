using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Web.Silo;

/// <summary>Web: whether this node runs the grains itself (<c>Web:Silo</c>, CoHosted by default) or is a client of a cluster.</summary>
public sealed class WebNodeOptions
{
    public const string Section = "Web";

    [EnumDataType(typeof(WebSiloMode))]
    public WebSiloMode Silo { get; set; } = WebSiloMode.CoHosted;
}
