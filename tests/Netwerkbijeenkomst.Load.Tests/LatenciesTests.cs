namespace Netwerkbijeenkomst.Load.Tests;

public sealed class LatenciesTests
{
    [Fact]
    public void Percentiles_are_the_nearest_rank_over_every_client_merged()
    {
        var latencies = new Latencies();

        // 100 latencies: 1.0 ms to 10.0 ms in 0.1 ms steps, given by two clients in two halves.
        for (var bucket = 10; bucket <= 109; bucket++)
        {
            latencies.Add(bucket, 1);
        }

        Assert.Equal(100, latencies.Count);
        Assert.Equal(5.9, latencies.Percentile(50), 6);
        Assert.Equal(10.4, latencies.Percentile(95), 6);
        Assert.Equal(10.8, latencies.Percentile(99), 6);
        Assert.Equal(10.9, latencies.Max, 6);
    }

    [Fact]
    public void One_slow_receiver_in_a_hundred_shows_in_p99_but_not_in_p95()
    {
        var latencies = new Latencies();
        latencies.Add(20, 98);
        latencies.Add(5000, 2);

        Assert.Equal(2.0, latencies.Percentile(95), 6);
        Assert.Equal(500.0, latencies.Percentile(99), 6);
    }

    [Fact]
    public void The_same_bucket_from_two_clients_adds_up()
    {
        var latencies = new Latencies();
        latencies.Add(30, 1);
        latencies.Add(30, 1);
        latencies.Add(10, 1);

        Assert.Equal(3, latencies.Count);
        Assert.Equal(3.0, latencies.Percentile(50), 6);
    }

    [Fact]
    public void No_latencies_give_no_number()
    {
        Assert.True(double.IsNaN(new Latencies().Percentile(99)));
        Assert.True(double.IsNaN(new Latencies().Max));
    }
}
