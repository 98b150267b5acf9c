namespace Netwerkbijeenkomst.Load;

/// <summary>
/// Send→receive latencies of every receiver, as the node clients count them: a histogram of 0.1 ms buckets (bucket b
/// holds latencies in ((b-1)/10, b/10] ms), merged over the client processes; percentiles by nearest rank.
/// </summary>
internal sealed class Latencies
{
    public const double BucketsPerMillisecond = 10;

    private readonly SortedDictionary<long, long> _buckets = [];

    public long Count { get; private set; }

    public void Add(long bucket, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bucket);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _buckets[bucket] = _buckets.GetValueOrDefault(bucket) + count;
        Count += count;
    }

    /// <summary>The smallest latency at or below which <paramref name="percent"/> % of all lie (the upper edge of its bucket); NaN when empty.</summary>
    public double Percentile(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (Count == 0)
        {
            return double.NaN;
        }

        var rank = (long)Math.Ceiling(percent / 100 * Count);
        long seen = 0;
        foreach (var (bucket, count) in _buckets)
        {
            seen += count;
            if (seen >= rank)
            {
                return bucket / BucketsPerMillisecond;
            }
        }

        return Max;
    }

    public double Max => Count == 0 ? double.NaN : _buckets.Keys.Last() / BucketsPerMillisecond;
}
