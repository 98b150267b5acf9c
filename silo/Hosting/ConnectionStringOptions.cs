using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Silo.Hosting;

/// <summary>ConnectionStrings:Netwerkbijeenkomst — the one application database; no default in code (appsettings.json gives SQLite's).</summary>
public sealed class ConnectionStringOptions
{
    public const string Section = "ConnectionStrings";

    [Required]
    public string Netwerkbijeenkomst { get; set; } = "";
}
