namespace Netwerkbijeenkomst.Load.Tests;

public sealed class StepVerdictTests
{
    [Fact]
    public void A_step_with_every_delivery_made_and_p99_below_the_limit_keeps_up()
    {
        var step = Step(p99Bucket: 2000, missing: 0);

        Assert.Null(step.Problem(0.001));
        Assert.True(step.KeepsUp(250, 0.001));
    }

    [Fact]
    public void A_p99_at_the_limit_does_not_keep_up_but_is_no_broken_run()
    {
        var step = Step(p99Bucket: 2500, missing: 0);

        Assert.False(step.KeepsUp(250, 0.001));
        Assert.Null(step.Problem(0.001));
    }

    [Fact]
    public void Deliveries_missing_beyond_the_threshold_break_the_run()
    {
        var step = Step(p99Bucket: 100, missing: 2, expected: 1000);

        Assert.Contains("2 of 1000 deliveries not made", step.Problem(0.001), StringComparison.Ordinal);
        Assert.Null(Step(p99Bucket: 100, missing: 1, expected: 1000).Problem(0.001));
    }

    [Fact]
    public void A_server_gone_breaks_the_run()
    {
        var step = Step(p99Bucket: 100, missing: 0) with { ServerAlive = false };

        Assert.Contains("died", step.Problem(0.001), StringComparison.Ordinal);
        Assert.False(step.KeepsUp(250, 0.001));
    }

    [Fact]
    public void Posts_refused_or_unanswered_break_the_run()
    {
        var step = Step(p99Bucket: 100, missing: 0) with { Failed = 3, Unanswered = 2 };

        Assert.Contains("3 posts refused", step.Problem(0.001), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sweep_grows_by_its_factor_up_to_the_highest_rate()
    {
        var settings = new LoadSettings { Rates = [100], SweepFactor = 2, MaxRate = 1000 };

        Assert.Equal([100, 200, 400, 800], LoadRun.SweepRates(settings));
    }

    private static StepResult Step(int p99Bucket, long missing, long expected = 1000)
    {
        var latencies = new Latencies();
        // 98 fast deliveries and 2 at the bucket given: the 99th of 100 is one of those two.
        latencies.Add(10, 98);
        latencies.Add(p99Bucket, 2);
        return new StepResult("product", 1, 200, 20, 100, 100, 0, 0, expected, missing, latencies, 200, 100, 1, 1, 1, 0.1, 0, ServerAlive: true);
    }
}
