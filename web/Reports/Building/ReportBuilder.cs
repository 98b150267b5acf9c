using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Reports.Disclosure;
using Netwerkbijeenkomst.Web.Reports.Export;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Reports.Projection;

namespace Netwerkbijeenkomst.Web.Reports.Building;

/// <summary>
/// Builds a report from the report projection (docs/report-figures.md): the scope's protection tree, the counts of every year
/// the period and the previous period touch, each measure protected once, and the sections, tables and charts.
/// </summary>
internal sealed class ReportBuilder(
    IDbContextFactory<AppDbContext> contexts,
    ProjectionRunner<ReportsProjection, AppDbContext> projection,
    IOptions<ReportOptions> options,
    ProtectionCache protection,
    TimeProvider time) : IReportBuilder
{
    public async Task<ReportView> BuildAsync(ReportScope scope, ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);

        // A page shown after a command should already count it, as the page lists do.
        await projection.CatchUpAsync(cancellationToken);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var threshold = options.Value.SmallNumberThreshold;
        var previous = period.Previous();
        var scopes = await ReportScopes.LoadAsync(db, scope, cancellationToken);
        var today = DutchFormat.Today(time.GetUtcNow());
        var cubes = await ReportCubes.LoadAsync(
            db, protection, scopes, new DateOnly(previous.First.Year, 1, 1), new DateOnly(period.Last.Year, 12, 1), today, threshold, cancellationToken);

        var composer = new ReportComposer(scope, period, scopes, cubes, threshold, options.Value.HourlyRate);
        var sections = composer.Sections();

        var narrative = ReportNarrative.Compose(sections, period, previous);
        return new ReportView(scope, period, previous, threshold, sections, ReportComposer.Charts(sections), narrative, [.. scopes.Parts]);
    }
}
