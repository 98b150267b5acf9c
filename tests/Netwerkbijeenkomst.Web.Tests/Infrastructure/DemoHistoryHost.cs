namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>One host with the demo's year of history, shared by a test class: seeding it takes seconds.</summary>
public sealed class DemoHistoryHost : IAsyncLifetime
{
    public WebAppFactory Factory { get; } = new(demoHistory: true);

    public DemoWorld Demo { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var warmUp = Factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        Demo = new DemoWorld(Factory);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
