using System.Globalization;

namespace Netwerkbijeenkomst.Grains.Common;

/// <summary>Dates as refusals name them: "dinsdag 9 februari 2027".</summary>
internal static class DutchDates
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    public static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", Culture);
}
