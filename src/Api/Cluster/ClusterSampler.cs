using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansLife.Runtime;

namespace OrleansLife.Api.Cluster;

/// <summary>
/// Reads this silo's runtime into the <see cref="ClusterHistory"/> every <see cref="ClusterSamplerOptions.Interval"/>,
/// whether or not anyone is looking, so that the dashboard's charts already have history when a page opens.
/// </summary>
internal sealed partial class ClusterSampler(
    SiloRuntime runtime,
    ClusterHistory history,
    IOptions<ClusterSamplerOptions> options,
    TimeProvider time,
    ILogger<ClusterSampler> logger,
    IKubernetesApiCounters? kubernetes = null) : IHostedService, IAsyncDisposable
{
    private readonly Lock _sampling = new();
    private ITimer? _timer;
    private long _lastTimestamp;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Sample();
        var interval = options.Value.Interval;
        _timer = time.CreateTimer(static sampler => ((ClusterSampler)sampler!).Sample(), this, interval, interval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    public ValueTask DisposeAsync() => _timer?.DisposeAsync() ?? ValueTask.CompletedTask;

    private void Sample()
    {
        // Reading a silo with a million activations can outlast an interval; a tick that finds the last one still busy is skipped.
        if (!_sampling.TryEnter()) return;
        try
        {
            var now = time.GetTimestamp();
            var elapsed = _lastTimestamp == 0 ? TimeSpan.Zero : time.GetElapsedTime(_lastTimestamp, now);
            _lastTimestamp = now;
            history.Record(time.GetUtcNow(), elapsed, runtime.GetStatistics(), kubernetes?.Read());
        }
        catch (Exception error)
        {
            SampleFailed(logger, error);
        }
        finally
        {
            _sampling.Exit();
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Sampling the silo for the dashboard failed")]
    private static partial void SampleFailed(ILogger logger, Exception error);
}
