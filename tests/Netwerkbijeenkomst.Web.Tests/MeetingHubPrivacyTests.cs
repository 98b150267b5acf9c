using System.Text.Json.Nodes;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>
/// The hub answers a text refused for personal data with the refused parts, placed in the text as the browser sent it,
/// and links each contribution to the case it is about.
/// </summary>
public sealed class MeetingHubPrivacyTests(StartedMeeting meeting) : IClassFixture<StartedMeeting>
{
    [Fact]
    public async Task PostContribution_UnderAnItemWithoutACase_CarriesTheCaseThePosterPicked()
    {
        var caseId = meeting.View.Agenda.Last(i => i.CaseId.HasValue).CaseId!.Value;
        Assert.Null(meeting.View.Agenda[meeting.View.CurrentItem!.Value].CaseId);
        await using var hub = await JoinAsync(DemoData.Members[0].Account);
        var contributionId = Guid.NewGuid();

        var answer = await hub.InvokeAsync("PostContribution", meeting.MeetingId, contributionId, "Remark", "Bij deze casus past de inloop van het buurthuis.", caseId);

        Assert.Null(answer);
        Assert.Equal(caseId, Assert.Single((await meeting.Demo.MeetingAsync()).Contributions, c => c.Id == contributionId).CaseId);
        var room = await hub.RoomAsync(meeting.MeetingId);
        Assert.Equal(caseId, Assert.Single(room.State.Contributions, c => c.Id == contributionId).CaseId);
    }

    [Fact]
    public async Task PostContribution_WithoutAPickedCase_UnderAnItemWithoutACase_IsAboutNoCase()
    {
        await using var hub = await JoinAsync(DemoData.Members[0].Account);
        var contributionId = Guid.NewGuid();

        await hub.InvokeAsync("PostContribution", meeting.MeetingId, contributionId, "Remark", "Welkom allemaal.", null);

        Assert.Null(Assert.Single((await meeting.Demo.MeetingAsync()).Contributions, c => c.Id == contributionId).CaseId);
    }

    [Fact]
    public async Task PostContribution_AboutACaseNotOnTheAgenda_IsRefusedWithTheGrainsMessage()
    {
        await using var hub = await JoinAsync(DemoData.Members[0].Account);

        var refused = await Assert.ThrowsAsync<HubErrorException>(() => hub.InvokeAsync("PostContribution", meeting.MeetingId, Guid.NewGuid(), "Remark", "Een opmerking.", Guid.NewGuid()));

        Assert.Contains("Deze casus staat niet op de agenda van deze bijeenkomst.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostContribution_WithABsnAndAnAddress_AnswersWithTheRefusedPartsOfTheTextAsSent_AndStoresNothing()
    {
        await using var hub = await JoinAsync(DemoData.Members[1].Account);
        const string text = "\n  Zij woont op de Kanaalstraat 12, haar BSN is 123456782.";
        var contributionId = Guid.NewGuid();

        var answer = (await hub.InvokeAsync("PostContribution", meeting.MeetingId, contributionId, "Remark", text, null))!.AsObject();

        Assert.Equal("Er staan gegevens in die een persoon herkenbaar maken. Er is niets opgeslagen.", answer["message"]!.GetValue<string>());
        var field = Assert.Single(answer["fields"]!.AsArray())!;
        Assert.Equal("text", field["field"]!.GetValue<string>());
        var parts = field["parts"]!.AsArray().Select(p => (Words: Words(text, p!), Kind: p!["kind"]!.GetValue<string>(), Label: p["label"]!.GetValue<string>())).ToList();
        Assert.Contains(("Kanaalstraat 12", "address", "een adres"), parts);
        Assert.Contains(("123456782", "bsn", "een BSN"), parts);
        Assert.DoesNotContain((await meeting.Demo.MeetingAsync()).Contributions, c => c.Id == contributionId);
    }

    [Fact]
    public async Task CoordinatorTexts_WithContactDetails_AreAnsweredPerField_AndNothingIsStored()
    {
        await using var hub = await JoinAsync(DemoData.Coordinator);
        var caseId = meeting.View.Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;
        var ownerId = await meeting.Demo.UserIdAsync(DemoData.Members[0].Account.Email);
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        const string adviceText = " Bel de dochter op 06-12345678.", nextSteps = "Mail naar dochter@example.nl";
        const string description = "Langs op de Kanaalstraat 12", reason = "BSN 123456782 doorgeven";

        var advice = await hub.InvokeAsync("RecordAdvice", meeting.MeetingId, Guid.NewGuid(), caseId, adviceText, nextSteps);
        var actionPoint = await hub.InvokeAsync("RecordActionPoint", meeting.MeetingId, Guid.NewGuid(), description, ownerId, due, caseId);
        var escalation = await hub.InvokeAsync("RecordEscalation", meeting.MeetingId, Guid.NewGuid(), caseId, "ggz-utrecht", "ggz-contact", reason, "High");

        Assert.Equal([("advice", "06-12345678"), ("nextSteps", "dochter@example.nl")], Refused(advice, ("advice", adviceText), ("nextSteps", nextSteps)));
        Assert.Equal([("description", "Kanaalstraat 12")], Refused(actionPoint, ("description", description)));
        Assert.Equal([("reason", "123456782")], Refused(escalation, ("reason", reason)));
        var view = await meeting.Demo.MeetingAsync();
        Assert.Empty(view.Advice);
        Assert.Empty(view.ActionPoints);
        Assert.Empty(view.Escalations);
    }

    private async Task<HubClient> JoinAsync(DemoAccount account)
    {
        using var http = await SignedInClient.SignInAsync(meeting.Factory, account.Email);
        var hub = await HubClient.ConnectAsync(meeting.Factory, http.CookieHeader);
        await hub.InvokeAsync("Join", meeting.MeetingId);
        return hub;
    }

    private static string Words(string text, JsonNode part) => text.Substring(part["start"]!.GetValue<int>(), part["length"]!.GetValue<int>());

    // Each refused field with its refused words, cut from the text sent for that field.
    private static List<(string Field, string Words)> Refused(JsonNode? answer, params (string Field, string Text)[] sent) =>
    [
        .. answer!["fields"]!.AsArray().SelectMany(field =>
        {
            var name = field!["field"]!.GetValue<string>();
            return field["parts"]!.AsArray().Select(part => (name, Words(sent.Single(s => s.Field == name).Text, part!)));
        }),
    ];
}
