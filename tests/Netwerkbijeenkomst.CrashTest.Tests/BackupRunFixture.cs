using Xunit.Abstractions;
using Xunit.Sdk;

namespace Netwerkbijeenkomst.CrashTest.Tests;

/// <summary>Runs <see cref="BackupRun"/> once for the backup tests; its lines go to the test output.</summary>
public sealed class BackupRunFixture(IMessageSink sink) : IAsyncLifetime
{
    /// <summary>Far above a run on a busy two-core machine (about a minute), so only a hang ends it.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    private BackupReport? _report;

    public BackupReport Report => _report ?? throw new InvalidOperationException("The backup run did not finish.");

    public async Task InitializeAsync()
    {
        using var limit = new CancellationTokenSource(Limit);
        _report = await BackupRun.RunAsync(line => sink.OnMessage(new DiagnosticMessage(line)), limit.Token);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
