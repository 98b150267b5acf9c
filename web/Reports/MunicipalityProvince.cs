namespace Netwerkbijeenkomst.Web.Reports;

/// <summary>Which province a municipality lies in; set by an administrator, one row per municipality.</summary>
public sealed class MunicipalityProvince
{
    public required string Municipality { get; init; }

    public required string Province { get; set; }
}
