using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Reports.Projection;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>
/// One web host with the demo's year of history (seeding it takes the better part of a minute here) and one chromium, for
/// the report pages' browser tests and the downloads' HTTP tests alike; plus the viewers the demo lacks (<see cref="ReportViewers"/>).
/// </summary>
public sealed class ReportHistoryFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new(new WebAppFactory(demoHistory: true));

    public WebAppFactory Factory => Browser.Factory;

    public DemoWorld Demo => Browser.Demo;

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        await ReportViewers.AddAsync(Factory);

        // Catching the report projection up over a year of events is slow on a loaded machine: pay for it here, where no
        // browser step waits on it, together with a first sign-in and start page.
        await Factory.Services.GetRequiredService<ProjectionRunner<ReportsProjection, AppDbContext>>().CatchUpAsync();
        using var coordinator = await SignedInClient.SignInAsync(Factory, DemoData.Coordinator.Email);
        await coordinator.GetPageAsync("/");
    }

    public Task DisposeAsync() => Browser.DisposeAsync();
}
