using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

public sealed class HostTests : IAsyncLifetime
{
    private readonly WebAppFactory _factory = new();

    [Fact]
    public async Task HomePage_IsServedInDutch()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("Welkom bij Netwerkbijeenkomst", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_ReportsHealthy_AfterCreatingTheDatabaseOnFirstStart()
    {
        Assert.False(File.Exists(_factory.DatabaseFile));

        var response = await _factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(File.Exists(_factory.DatabaseFile));
    }

    [Fact]
    public async Task UnknownPage_Returns404()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/bestaat-niet", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
