using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Reports.Disclosure;
using Netwerkbijeenkomst.Web.Reports.Projection;

namespace Netwerkbijeenkomst.Web.Reports.Building;

/// <summary>
/// Every measure of one protection tree for whole years, protected once per request. Counts about people or cases are
/// only read through <see cref="ProtectedCube"/>; <see cref="Raw"/> is for meetings held, institutions added and the
/// sums (minutes, quarter hours) that are shown only when the counts they rest on are exact.
/// </summary>
internal sealed class ReportCubes
{
    private readonly Dictionary<ReportMeasure, ProtectedCube> _protected = [];
    private readonly Dictionary<(ReportMeasure, string, DateOnly), int> _raw = [];

    private ReportCubes(ProtectedCube membersActive, IReadOnlyList<ProtectedCube> membersByLanguage, ProtectedCube overdue, IReadOnlyList<ReportEscalationFact> inCare)
    {
        MembersActive = membersActive;
        MembersByLanguage = membersByLanguage;
        ActionPointsOverdue = overdue;
        InCare = inCare;
    }

    /// <summary>Active members at the end of each month (a stock).</summary>
    public ProtectedCube MembersActive { get; }

    /// <summary>Active members at the end of each month, one stock per language category (a member may have several).</summary>
    public IReadOnlyList<ProtectedCube> MembersByLanguage { get; }

    /// <summary>Open action points past their due date at the end of each month (a stock).</summary>
    public ProtectedCube ActionPointsOverdue { get; }

    /// <summary>Escalations of the tree that reached "in zorg" in the loaded years, for the median.</summary>
    public IReadOnlyList<ReportEscalationFact> InCare { get; }

    public ProtectedCube this[ReportMeasure measure] => _protected[measure];

    /// <summary>A measure's unprotected sum over networks and a period: only for organisations and for sums behind exact counts.</summary>
    public int Raw(ReportMeasure measure, IEnumerable<string> networks, ReportPeriod period) =>
        networks.Sum(network => period.EachMonth().Sum(month => _raw.GetValueOrDefault((measure, network, month))));

    public static async Task<ReportCubes> LoadAsync(
        AppDbContext db, ProtectionCache protection, ReportScopes scopes, DateOnly firstMonth, DateOnly lastMonthLoaded, DateOnly today, int threshold, CancellationToken cancellationToken)
    {
        var networks = scopes.TreeNetworks.ToList();
        var end = lastMonthLoaded.AddMonths(1);
        var currentMonth = new DateOnly(today.Year, today.Month, 1);

        var counts = await db.ReportCounts.AsNoTracking()
            .Where(c => networks.Contains(c.NetworkId) && c.Month >= firstMonth && c.Month < end)
            .Select(c => new { c.NetworkId, c.Month, c.Measure, c.Category, c.Count })
            .ToListAsync(cancellationToken);
        var spans = await db.ReportMemberSpans.AsNoTracking()
            .Where(s => networks.Contains(s.NetworkId) && s.From < end && (s.Until == null || s.Until >= firstMonth))
            .Select(s => new { s.NetworkId, s.Languages, s.From, s.Until })
            .ToListAsync(cancellationToken);
        var points = await db.ReportActionPoints.AsNoTracking()
            .Where(p => networks.Contains(p.NetworkId) && p.OpenedOn < end && (p.ClosedOn == null || p.ClosedOn >= firstMonth))
            .Select(p => new { p.NetworkId, p.OpenedOn, p.Due, p.ClosedOn })
            .ToListAsync(cancellationToken);
        var inCare = await db.ReportEscalations.AsNoTracking()
            .Where(e => networks.Contains(e.NetworkId) && e.InCareOn != null && e.InCareOn >= firstMonth && e.InCareOn < end)
            .ToListAsync(cancellationToken);

        var cubes = new Dictionary<ReportMeasure, CountCube>();
        foreach (var measure in Enum.GetValues<ReportMeasure>())
        {
            var (categories, exclusive) = Shape(measure);
            cubes[measure] = new CountCube(categories, exclusive);
        }

        var raw = new Dictionary<(ReportMeasure, string, DateOnly), int>();
        foreach (var count in counts)
        {
            if (count.Category < cubes[count.Measure].Categories)
            {
                cubes[count.Measure].Add(count.NetworkId, count.Month, count.Category, count.Count);
            }

            var key = (count.Measure, count.NetworkId, count.Month);
            raw[key] = raw.GetValueOrDefault(key) + count.Count;
        }

        var active = new CountCube(1, true, additiveInTime: false);
        // A stock has no categories in the engine, and languages are not exclusive: one stock per language.
        var byLanguage = Enumerable.Range(0, ReportLanguages.List.Count).Select(_ => new CountCube(1, true, additiveInTime: false)).ToList();
        var overdue = new CountCube(1, true, additiveInTime: false);
        for (var month = firstMonth; month < end && month <= currentMonth; month = month.AddMonths(1))
        {
            // A stock is read at the month's last day, or today in the current month.
            var day = month == currentMonth ? today : month.AddMonths(1).AddDays(-1);
            foreach (var span in spans.Where(s => s.From <= day && (s.Until is null || s.Until > day)))
            {
                active.Add(span.NetworkId, month, 0, 1);
                for (var language = 0; language < ReportLanguages.List.Count; language++)
                {
                    if ((span.Languages & (1 << language)) != 0)
                    {
                        byLanguage[language].Add(span.NetworkId, month, 0, 1);
                    }
                }
            }

            foreach (var point in points.Where(p => p.OpenedOn <= day && (p.ClosedOn is null || p.ClosedOn > day) && p.Due < day))
            {
                overdue.Add(point.NetworkId, month, 0, 1);
            }
        }

        var result = new ReportCubes(
            protection.Protect(active, scopes.Tree, currentMonth, threshold),
            [.. byLanguage.Select(cube => protection.Protect(cube, scopes.Tree, currentMonth, threshold))],
            protection.Protect(overdue, scopes.Tree, currentMonth, threshold),
            inCare);
        foreach (var (measure, cube) in cubes.Where(c => !Unprotected.Contains(c.Key)))
        {
            result._protected[measure] = protection.Protect(cube, scopes.Tree, currentMonth, threshold);
        }

        foreach (var (key, value) in raw)
        {
            result._raw[key] = value;
        }

        return result;
    }

    /// <summary>Organisations, not people, and sums that are shown only behind exact counts: read raw, never protected.</summary>
    private static readonly HashSet<ReportMeasure> Unprotected =
        [ReportMeasure.MeetingsHeld, ReportMeasure.InstitutionsAdded, ReportMeasure.GuestInstitutions, ReportMeasure.MeetingPersonMinutes, ReportMeasure.CaseQuarterHours];

    /// <summary>How many categories a measure has, and whether each counted thing is in exactly one of them.</summary>
    private static (int Categories, bool Exclusive) Shape(ReportMeasure measure) => measure switch
    {
        ReportMeasure.CasesSubmittedByAgeBand or ReportMeasure.CasesDiscussedByAgeBand => (Enum.GetValues<AgeBand>().Length, true),
        ReportMeasure.CasesSubmittedByTheme or ReportMeasure.CasesDiscussedByTheme => (Enum.GetValues<CaseTheme>().Length, false),
        ReportMeasure.CasesSubmittedByCommunity or ReportMeasure.CasesDiscussedByCommunity => (ReportCommunities.List.Count, true),
        ReportMeasure.ActionPointsClosed => (Enum.GetValues<ActionPointOutcome>().Length, true),
        ReportMeasure.EscalationsByKind => (Enum.GetValues<InstitutionKind>().Length, true),
        ReportMeasure.EscalationsSettled => (ReportEscalationOutcomes.Labels.Count, true),
        ReportMeasure.CasesClosedByOutcome => (Enum.GetValues<CaseOutcome>().Length, true),
        _ => (1, true),
    };
}
