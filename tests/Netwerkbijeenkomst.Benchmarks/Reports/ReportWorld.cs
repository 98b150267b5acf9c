using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.EventLog;

namespace Netwerkbijeenkomst.Benchmarks.Reports;

/// <summary>
/// A national event log, made up with a fixed seed: 300 networks over 36 months, each with about 25 members, a monthly
/// meeting of 8–20 present, two to four cases a month with advice, escalations, closings and logged hours, and action
/// points. Networks 0–99 share a municipality in pairs, the rest have one each; municipalities are spread over the
/// twelve provinces.
/// </summary>
internal static class ReportWorld
{
    public const int Networks = 300;
    public const int Months = 36;
    public static readonly DateOnly FirstMonth = new(2024, 1, 1);

    private static readonly string[] Communities = ["Turks", "Marokkaans", "Surinaams", "Antilliaans", "Chinees", "Moluks", "Somalisch", "Pools", "Iraans"];
    private static readonly string[] Languages = ["Turks", "Arabisch", "Tamazight", "Sranantongo", "Papiaments", "Kantonees", "Somalisch", "Pools", "Farsi"];

    public static string NetworkId(int n) => $"netwerk-{n:D3}";

    public static string Municipality(int n) => n < 100 ? $"Gemeente {n / 2:D3}" : $"Gemeente {n - 50:D3}";

    public static string Province(string municipality) => Web.Reports.Provinces.All[int.Parse(municipality[^3..], System.Globalization.CultureInfo.InvariantCulture) % 12];

    /// <summary>Every event, one network after another, in time order within each network.</summary>
    public static IEnumerable<LoggedEvent> Events()
    {
        long position = 0;
        var sequences = new Dictionary<string, int>();
        foreach (var (stream, e) in Raw())
        {
            var sequence = sequences[stream] = sequences.GetValueOrDefault(stream) + 1;
            yield return new LoggedEvent(++position, stream, sequence, DateTimeOffset.UnixEpoch, e);
        }
    }

    private static IEnumerable<(string Stream, object Event)> Raw()
    {
        var random = new Random(2026);
        for (var n = 0; n < Networks; n++)
        {
            var id = NetworkId(n);
            var network = "network/" + id;
            const string Coordinator = "coordinator";
            var start = At(FirstMonth, 2, 10);
            yield return (network, new NetworkCreated($"Netwerk {n}", Municipality(n), new Coordinator($"{id}-coordinator", "Coördinator"), "beheer", start));
            var members = new List<string>();
            for (var m = 0; m < 25; m++)
            {
                var member = $"{id}-lid-{m}";
                members.Add(member);
                yield return (network, new MemberInvited(member, "Lid", [Communities[random.Next(Communities.Length)]], [Languages[random.Next(Languages.Length)], "Nederlands"], Coordinator, start));
                yield return (network, new MemberActivated(member, member, start.AddDays(1)));
            }

            var institutions = new List<string>();
            for (var i = 0; i < 15; i++)
            {
                institutions.Add($"instelling-{i}");
                yield return (network, new InstitutionAdded($"instelling-{i}", "Instelling", (InstitutionKind)(i % 13), PartnerRoles.WeReferToThem, Coordinator, start));
            }

            for (var month = 0; month < Months; month++)
            {
                var first = FirstMonth.AddMonths(month);
                if (month % 4 == 3)
                {
                    var added = $"instelling-{institutions.Count}";
                    institutions.Add(added);
                    yield return (network, new InstitutionAdded(added, "Instelling", (InstitutionKind)random.Next(13), PartnerRoles.Cooperates, Coordinator, At(first, 5, 11)));
                }

                if (month % 6 == 5)
                {
                    var leaving = members[random.Next(members.Count)];
                    yield return (network, new MemberDeactivated(leaving, Coordinator, At(first, 20, 10)));
                    yield return (network, new MemberActivated(leaving, Coordinator, At(first, 27, 10)));
                }

                var meetingId = Guid.NewGuid();
                var meeting = "meeting/" + meetingId.ToString("N");
                var starts = At(first, 12, 19);
                yield return (meeting, new MeetingPlanned(id, "Bijeenkomst", starts, starts.AddMinutes(120), Coordinator, starts.AddDays(-25)));
                if (month % 3 == 0)
                {
                    var guest = new AgendaItem(Guid.NewGuid(), AgendaItemKind.Theme, "Thema", 30, null, null, AgendaGuest.FromSocialMap(institutions[random.Next(institutions.Count)]));
                    yield return (meeting, new AgendaItemAdded(guest, Coordinator, starts.AddDays(-20)));
                }

                yield return (meeting, new MeetingStarted(Coordinator, starts));
                foreach (var present in members.OrderBy(_ => random.Next()).Take(random.Next(8, 21)))
                {
                    yield return (meeting, new AttendeeJoined(present, starts.AddMinutes(2)));
                }

                yield return (meeting, new MeetingClosed(Coordinator, starts.AddMinutes(125)));

                for (var c = random.Next(2, 5); c > 0; c--)
                {
                    var caseId = Guid.NewGuid();
                    var stream = "case/" + caseId.ToString("N");
                    var bringer = members[random.Next(members.Count)];
                    var opened = At(first, random.Next(1, 10), 14);
                    CaseTheme[] themes = [(CaseTheme)random.Next(10), (CaseTheme)random.Next(10)];
                    var details = new CaseDetails((AgeBand)random.Next(3), Communities[random.Next(Communities.Length)], [.. themes.Distinct()], null, "situatie", "vraag");
                    yield return (stream, new CaseOpened(id, $"Casus {caseId:N}", details, bringer, opened));
                    yield return (stream, new CaseSubmitted(meetingId, bringer, opened.AddHours(1)));
                    yield return (stream, new CaseAdviceRecorded(Guid.NewGuid(), meetingId, "advies", "stappen", Coordinator, starts.AddMinutes(40)));
                    yield return (stream, new CaseHoursLogged(Guid.NewGuid(), random.Next(1, 9), DateOnly.FromDateTime(starts.AddDays(3).DateTime), bringer, starts.AddDays(3)));
                    if (random.Next(2) == 0)
                    {
                        var escalation = Guid.NewGuid();
                        yield return (stream, new CaseEscalated(escalation, institutions[random.Next(institutions.Count)], "contact", "reden", Urgency.Normal, Coordinator, starts.AddMinutes(45)));
                        yield return (stream, new EscalationStatusChanged(escalation, EscalationStatus.ContactMade, null, Coordinator, starts.AddDays(random.Next(1, 6))));
                        yield return (stream, new EscalationStatusChanged(escalation, random.Next(4) == 0 ? EscalationStatus.Declined : EscalationStatus.InCare, "notitie", Coordinator, starts.AddDays(random.Next(6, 40))));
                    }

                    yield return (stream, new CaseClosed((CaseOutcome)random.Next(2), null, Coordinator, starts.AddDays(random.Next(40, 60))));
                }

                for (var a = random.Next(2, 5); a > 0; a--)
                {
                    var point = new ActionPoint(Guid.NewGuid(), "actie", members[random.Next(members.Count)], DateOnly.FromDateTime(starts.AddDays(random.Next(7, 30)).DateTime), ActionPointStatus.Open, meetingId, null);
                    yield return (network, new ActionPointAdded(point, Coordinator, starts.AddMinutes(50)));
                    if (random.Next(5) > 0)
                    {
                        yield return (network, new ActionPointClosed(point.Id, (ActionPointOutcome)random.Next(3), null, Coordinator, starts.AddDays(random.Next(5, 45))));
                    }
                }
            }
        }
    }

    private static DateTimeOffset At(DateOnly month, int day, int hour) => new(month.Year, month.Month, day, hour, 0, 0, TimeSpan.FromHours(1));
}
