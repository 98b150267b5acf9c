using System.Text.Json;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Grains.Tests.Calendar;

/// <summary>Events stored before the meeting series existed still load, as the event store reads them (System.Text.Json, web defaults).</summary>
public sealed class StoredEventCompatibilityTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public void ARuleStoredWithoutAPlace_LoadsWithNone()
    {
        var rule = JsonSerializer.Deserialize<MeetingRuleSet>(
            """{"rule":{"week":2,"day":2,"start":"19:30:00","end":"21:00:00"},"by":"c","at":"2026-03-10T19:30:00+01:00"}""", Json)!.Rule;

        Assert.Equal(new MeetingRule(2, DayOfWeek.Tuesday, new TimeOnly(19, 30), new TimeOnly(21, 0)), rule);
        Assert.Null(rule.Place);
    }

    [Fact]
    public void AMeetingPlannedWithoutAPlace_AndAStartWithoutOverride_Load()
    {
        var planned = JsonSerializer.Deserialize<MeetingPlanned>(
            """{"networkId":"utrecht","title":"April","startsAt":"2026-04-14T19:30:00+02:00","endsAt":"2026-04-14T21:00:00+02:00","by":"c","at":"2026-03-10T19:30:00+01:00"}""", Json)!;
        var started = JsonSerializer.Deserialize<MeetingStarted>("""{"by":"c","at":"2026-04-14T19:31:00+02:00"}""", Json)!;

        Assert.Equal(("utrecht", (string?)null, (string?)null), (planned.NetworkId, planned.Place, planned.OnlineLink));
        Assert.False(started.OverrideDay);
    }

    [Fact]
    public void ASubmissionStoredForAMeeting_LoadsWithItsMeeting()
    {
        var meetingId = Guid.Parse("5b7e2d94-81c3-4f0a-b6d2-3e9f1a4c5d02");
        var registered = JsonSerializer.Deserialize<CaseSubmissionRegistered>(
            $$"""{"submission":{"caseId":"0c1d6a0e-2f43-4b8e-9a51-6f3a2c7d8e01","label":"Casus 2026-014","bringerId":"m","meetingId":"{{meetingId}}"},"by":"m","at":"2026-03-10T19:30:00+01:00"}""", Json)!;
        var submitted = JsonSerializer.Deserialize<CaseSubmitted>($$"""{"meetingId":"{{meetingId}}","by":"m","at":"2026-03-10T19:30:00+01:00"}""", Json)!;

        Assert.Equal((meetingId, (DateTimeOffset?)null), (registered.Submission.MeetingId, registered.Submission.SubmittedAt));
        Assert.Equal(meetingId, submitted.MeetingId);
    }
}
