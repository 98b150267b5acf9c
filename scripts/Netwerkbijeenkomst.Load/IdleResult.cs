namespace Netwerkbijeenkomst.Load;

/// <summary>Single posts in a quiet room, one after the other: the latency to the first receiver.</summary>
internal sealed record IdleResult(string Target, IReadOnlyList<double> FirstReceiverMs)
{
    public double Median => Medians.Of(FirstReceiverMs);

    public double Min => FirstReceiverMs.Count == 0 ? double.NaN : FirstReceiverMs.Min();
}
