using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OrleansLife.Api.Tests.Support;

/// <summary>Keeps every log message the host writes, so that a test can read what an operator would see.</summary>
internal sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();
    private readonly ConcurrentDictionary<TaskCompletionSource, Func<string, bool>> _waiters = new();

    public IReadOnlyCollection<string> Messages => _messages;

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <summary>Completes once a message matching <paramref name="match"/> has been logged (at once if one has).</summary>
    public Task WhenLoggedAsync(Func<string, bool> match)
    {
        var logged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters[logged] = match;
        if (_messages.Any(match)) logged.TrySetResult();
        return logged.Task;
    }

    private void Add(string message)
    {
        _messages.Enqueue(message);
        foreach (var (logged, match) in _waiters)
        {
            if (match(message) && logged.TrySetResult()) _waiters.TryRemove(logged, out _);
        }
    }

    public void Dispose()
    {
    }

    private sealed class Logger(LogCollector collector) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            collector.Add(formatter(state, exception));
    }
}
