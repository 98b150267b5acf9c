using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>One web host for a test class, with the demo meeting started: its first item (the opening) has no case.</summary>
public sealed class StartedMeeting : IAsyncLifetime
{
    public WebAppFactory Factory { get; } = new();

    public DemoWorld Demo => new(Factory);

    public Guid MeetingId { get; private set; }

    /// <summary>The meeting's agenda as it started.</summary>
    public MeetingView View { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var warmUp = Factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        MeetingId = await Demo.StartMeetingAsync();
        View = await Demo.MeetingAsync();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
