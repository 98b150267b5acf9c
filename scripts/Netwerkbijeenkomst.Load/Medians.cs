namespace Netwerkbijeenkomst.Load;

internal static class Medians
{
    /// <summary>The middle value (the upper one of an even count); NaN for none.</summary>
    public static double Of(IReadOnlyList<double> values) => values.Count == 0 ? double.NaN : values.Order().ElementAt(values.Count / 2);
}
