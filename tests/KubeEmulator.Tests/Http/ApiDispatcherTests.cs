using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using OrleansLife.KubeEmulator.Hosting;

namespace OrleansLife.KubeEmulator.Tests.Http;

/// <summary>The emulator's request log: at trace level, every request's method, path and query, as a client sent them.</summary>
public sealed class ApiDispatcherTests
{
    [Fact]
    public async Task EveryRequest_IsLoggedAtTrace_WithItsQuery_EvenOneThatFails()
    {
        var log = new TraceLog();
        using var loggers = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(log));
        await using var emulator = new KubeApiEmulator(new KubeEmulatorOptions { KubeconfigPath = null }, loggerFactory: loggers);
        await emulator.StartAsync(CancellationToken.None);
        using var client = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var list = await client.GetAsync("/api/v1/namespaces/default/pods?labelSelector=app%3Dsilo&watch=false");
        using var missing = await client.DeleteAsync("/apis/coordination.k8s.io/v1/namespaces/default/leases/nobody");

        log.Messages.Where(m => m.Level == LogLevel.Trace).Select(m => m.Text).ShouldBe(
        [
            "GET /api/v1/namespaces/default/pods?labelSelector=app%3Dsilo&watch=false",
            "DELETE /apis/coordination.k8s.io/v1/namespaces/default/leases/nobody",
        ]);
    }

    private sealed class TraceLog : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Text)> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) =>
            categoryName == typeof(KubeApiEmulator).FullName ? new Logger(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }

        private sealed class Logger(TraceLog log) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log.Messages.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
