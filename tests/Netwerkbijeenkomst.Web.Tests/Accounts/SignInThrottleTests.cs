using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Web.Accounts;

namespace Netwerkbijeenkomst.Web.Tests.Accounts;

public sealed class SignInThrottleTests
{
    private static readonly IPAddress Client = IPAddress.Parse("192.0.2.10");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly SignInProtectionOptions _options = new()
    {
        FreeFailuresPerAccount = 3,
        FreeFailuresPerAddress = 10,
        FirstDelay = TimeSpan.FromSeconds(30),
        MaxDelay = TimeSpan.FromMinutes(2),
        ForgetAfter = TimeSpan.FromHours(1),
    };

    [Fact]
    public void Failures_WithinTheFreeOnes_CauseNoWait()
    {
        var throttle = Throttle();
        var keys = SignInThrottle.KeysFor("ayse@demo.nl", Client);

        var waits = Enumerable.Range(0, 3).Select(_ => throttle.Failed(keys)).ToList();

        Assert.All(waits, wait => Assert.Equal(TimeSpan.Zero, wait));
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor(keys));
    }

    [Fact]
    public void Failures_PastTheFreeOnes_DoubleTheWait_UpToTheMaximum()
    {
        var throttle = Throttle();
        var keys = SignInThrottle.KeysFor("ayse@demo.nl", Client);
        FailTimes(throttle, keys, 3);

        var waits = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            waits.Add(throttle.Failed(keys));
            _clock.Advance(waits[^1]);
        }

        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2)], waits);
    }

    [Fact]
    public void Wait_CountsDown_AndThenAllowsOneMoreAttempt()
    {
        var throttle = Throttle();
        var keys = SignInThrottle.KeysFor("ayse@demo.nl", Client);
        FailTimes(throttle, keys, 4);

        _clock.Advance(TimeSpan.FromSeconds(12));
        Assert.Equal(TimeSpan.FromSeconds(18), throttle.WaitFor(keys));

        _clock.Advance(TimeSpan.FromSeconds(18));
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor(keys));
    }

    [Fact]
    public void Failures_AfterAQuietSpell_AreForgotten()
    {
        var throttle = Throttle();
        var keys = SignInThrottle.KeysFor("ayse@demo.nl", Client);
        FailTimes(throttle, keys, 5);

        _clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, throttle.Failed(keys));
    }

    [Fact]
    public void Success_StartsTheAccountOver_ButNotTheAddress()
    {
        var throttle = Throttle();
        var guessed = SignInThrottle.KeysFor("ayse@demo.nl", Client);
        FailTimes(throttle, guessed, 10);
        _clock.Advance(TimeSpan.FromMinutes(5));

        throttle.Succeeded(guessed);

        Assert.Equal(TimeSpan.FromSeconds(30), throttle.Failed(SignInThrottle.KeysFor("iemand.anders@demo.nl", Client)));
    }

    [Fact]
    public void AccountCounter_IsTheSame_FromEveryAddress_AndForAnyCase()
    {
        var throttle = Throttle();
        FailTimes(throttle, SignInThrottle.KeysFor("Ayse@Demo.nl ", IPAddress.Parse("192.0.2.1")), 4);

        Assert.True(throttle.WaitFor(SignInThrottle.KeysFor("ayse@demo.nl", IPAddress.Parse("198.51.100.7"))) > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor(SignInThrottle.KeysFor("fatima@demo.nl", IPAddress.Parse("198.51.100.7"))));
    }

    [Theory]
    [InlineData("192.0.2.10", "192.0.2.10")]
    [InlineData("::ffff:192.0.2.10", "192.0.2.10")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void AddressKey_IsTheAddress_OrItsIPv6Block(string address, string key) =>
        Assert.Equal(key, SignInThrottle.AddressKey(IPAddress.Parse(address)));

    private SignInThrottle Throttle() => new(Options.Create(_options), _clock);

    private static void FailTimes(SignInThrottle throttle, SignInKeys keys, int times)
    {
        for (var i = 0; i < times; i++)
        {
            throttle.Failed(keys);
        }
    }
}
