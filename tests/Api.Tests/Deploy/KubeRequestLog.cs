using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OrleansLife.KubeEmulator;

namespace OrleansLife.Api.Tests.Deploy;

/// <summary>
/// Every request an emulator served, read from its trace-level request log, as the RBAC attributes the API server
/// would authorize it by.
/// </summary>
internal sealed partial class KubeRequestLog : ILoggerProvider
{
    private readonly ConcurrentQueue<KubeRequest> _requests = new();
    private readonly ConcurrentDictionary<TaskCompletionSource, Func<KubeRequest, bool>> _waiters = new();

    public IReadOnlyCollection<KubeRequest> Requests => _requests;

    /// <summary>Completes once a request matching <paramref name="match"/> has been served (at once if one has).</summary>
    public Task WhenRequestedAsync(Func<KubeRequest, bool> match)
    {
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters[requested] = match;
        if (_requests.Any(match)) requested.TrySetResult();
        return requested.Task;
    }

    public ILogger CreateLogger(string categoryName) =>
        categoryName == typeof(KubeApiEmulator).FullName ? new Logger(this) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private void Add(string message)
    {
        if (RequestLine().Match(message) is not { Success: true } line) return;
        var request = KubeRequest.Parse(line.Groups["method"].Value, new Uri("http://emulator" + line.Groups["target"].Value));
        _requests.Enqueue(request);
        foreach (var (requested, match) in _waiters)
        {
            if (match(request) && requested.TrySetResult()) _waiters.TryRemove(requested, out _);
        }
    }

    [GeneratedRegex(@"^(?<method>GET|POST|PUT|PATCH|DELETE) (?<target>/\S*)$")]
    private static partial Regex RequestLine();

    private sealed class Logger(KubeRequestLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Add(formatter(state, exception));
    }
}
