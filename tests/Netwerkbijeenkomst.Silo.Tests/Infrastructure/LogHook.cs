using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Netwerkbijeenkomst.Silo.Tests.Infrastructure;

/// <summary>
/// A logger provider that runs a test's action on the logging thread when the silo logs a given event: it lets a test
/// act at the exact point in runtime code where that event is logged.
/// </summary>
public sealed class LogHook : ILoggerProvider
{
    private readonly ConcurrentDictionary<(string EventName, string Text), Action> _once = new();

    /// <summary>Runs <paramref name="action"/> the first time an event of that name is logged with a message containing <paramref name="text"/>.</summary>
    public void Once(string eventName, string text, Action action) => _once[(eventName, text)] = action;

    public ILogger CreateLogger(string categoryName) => new HookLogger(this);

    public void Dispose()
    {
    }

    private void OnLog(EventId eventId, string message)
    {
        foreach (var hook in _once.Keys)
        {
            if (hook.EventName == eventId.Name && message.Contains(hook.Text, StringComparison.Ordinal) && _once.TryRemove(hook, out var action))
            {
                action();
            }
        }
    }

    private sealed class HookLogger(LogHook hook) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            hook.OnLog(eventId, formatter(state, exception));
    }
}
