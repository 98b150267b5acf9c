using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>A web host and chromium of one test class, on a fake clock the class may advance without disturbing the shared host.</summary>
public sealed class ClockedBrowserFixture : IAsyncLifetime
{
    public ClockedBrowserFixture() => Browser = new BrowserFixture(new WebAppFactory(Clock));

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public BrowserFixture Browser { get; }

    public Task InitializeAsync() => Browser.InitializeAsync();

    public Task DisposeAsync() => Browser.DisposeAsync();
}
