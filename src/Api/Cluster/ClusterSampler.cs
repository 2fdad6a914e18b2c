using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrleansLife.Api.Cluster;

/// <summary>
/// Reads the cluster's activations into the <see cref="ClusterHistory"/> every <see cref="ClusterSamplerOptions.Interval"/>,
/// whether or not anyone is looking, so that the dashboard's charts already have history when a page opens.
/// </summary>
internal sealed partial class ClusterSampler(
    ClusterReader cluster,
    ClusterHistory history,
    IOptions<ClusterSamplerOptions> options,
    TimeProvider time,
    ILogger<ClusterSampler> logger,
    IKubernetesApiCounters? kubernetes = null) : IHostedService, IAsyncDisposable
{
    private int _sampling;
    private ITimer? _timer;
    private long _lastTimestamp;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The first reading waits for the interval too: the silo is still starting now, and the cluster with it.
        var interval = options.Value.Interval;
        _timer = time.CreateTimer(static sampler => _ = ((ClusterSampler)sampler!).SampleAsync(), this, interval, interval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    public ValueTask DisposeAsync() => _timer?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task SampleAsync()
    {
        // Reading a cluster with a million activations can outlast an interval; a tick that finds the last one still busy is skipped.
        if (Interlocked.Exchange(ref _sampling, 1) == 1) return;
        try
        {
            var grains = await cluster.ReadGrainsAsync().ConfigureAwait(false);
            var now = time.GetTimestamp();
            var elapsed = _lastTimestamp == 0 ? TimeSpan.Zero : time.GetElapsedTime(_lastTimestamp, now);
            _lastTimestamp = now;
            history.Record(time.GetUtcNow(), elapsed, grains, kubernetes?.Read());
        }
        catch (Exception error)
        {
            SampleFailed(logger, error);
        }
        finally
        {
            Volatile.Write(ref _sampling, 0);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Sampling the silo for the dashboard failed")]
    private static partial void SampleFailed(ILogger logger, Exception error);
}
