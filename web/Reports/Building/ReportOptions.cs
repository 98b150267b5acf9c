using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Web.Reports.Building;

/// <summary>Reports: the small-number threshold and the hourly rate the value of the work is estimated at.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>Counts from 1 to one less than this are shown as "&lt; threshold".</summary>
    [Range(2, 20)]
    public int SmallNumberThreshold { get; set; } = 5;

    /// <summary>Euros per hour of the network's work; no default, so a missing rate stops the start instead of showing € 0.</summary>
    [Range(typeof(decimal), "0.01", "1000")]
    public decimal HourlyRate { get; set; }
}
