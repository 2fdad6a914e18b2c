using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OrleansLife.Operator.Client;

namespace OrleansLife.Operator.Watching;

/// <summary>
/// Keeps a local cache of one resource type in step with the server, as a reconciler needs it, which KubernetesClient
/// does not: list, then watch from the list's resource version; on 410 Gone list again; when a watch ends, re-watch
/// from the last version seen (after a jittered backoff if it failed). <see cref="RunAsync"/> yields every change it
/// applies to the cache, including the differences a re-list discovers. Cached objects are shared: copy before
/// modifying one.
/// </summary>
/// <typeparam name="T">The object type.</typeparam>
public sealed partial class KubeInformer<T>
    where T : IKubernetesObject<V1ObjectMeta>
{
    private readonly IInformerSource<T> _source;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly KubeClientMetrics? _metrics;
    private readonly ConcurrentDictionary<string, T> _cache = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _synced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _running;

    /// <summary>Creates an informer; nothing happens until <see cref="RunAsync"/> is enumerated.</summary>
    /// <param name="source">The list and watch calls to follow.</param>
    /// <param name="timeProvider">Clock for backoff delays.</param>
    /// <param name="logger">Where list and watch restarts are logged.</param>
    /// <param name="metrics">Where watch restarts are counted.</param>
    public KubeInformer(IInformerSource<T> source, TimeProvider? timeProvider = null, ILogger? logger = null, KubeClientMetrics? metrics = null)
    {
        _source = source;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _metrics = metrics;
    }

    /// <summary>Scale of the first backoff after a failed list or watch, doubled per consecutive failure. Default: 1 s.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on the backoff. Default: 30 s.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Server-side lifetime of each watch, after which it is renewed. Default: 300 s.</summary>
    public int WatchTimeoutSeconds { get; init; } = 300;

    /// <summary>Completes once the first list is in the cache.</summary>
    public Task Synced => _synced.Task;

    /// <summary>The newest resource version seen, from a list, an event or a bookmark.</summary>
    public string? ResourceVersion { get; private set; }

    /// <summary>A snapshot of the cached objects.</summary>
    public IReadOnlyCollection<T> Items => [.. _cache.Values];

    /// <summary>Looks an object up in the cache.</summary>
    public bool TryGet(string name, string? @namespace, out T item) => _cache.TryGetValue(Key(@namespace, name), out item!);

    /// <summary>
    /// Lists and watches until <paramref name="cancellationToken"/> is cancelled, yielding each change as it is
    /// applied to the cache. Only one enumeration may run at a time.
    /// </summary>
    public async IAsyncEnumerable<WatchEvent<T>> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1) throw new InvalidOperationException("The informer is already running.");
        try
        {
            await foreach (var change in LoopAsync(cancellationToken)) yield return change;
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    private async IAsyncEnumerable<WatchEvent<T>> LoopAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var failures = 0;
        var mustList = true;
        var watches = 0;
        var expiredInARow = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (mustList)
            {
                InformerPage<T>? list = null;
                Exception? listFailure = null;
                try
                {
                    list = await ListAllAsync(cancellationToken);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    listFailure = ex;
                }

                if (list is null)
                {
                    await BackoffAsync(++failures, listFailure!, cancellationToken);
                    continue;
                }

                foreach (var change in ReplaceAll(list)) yield return change;
                mustList = false;
                _synced.TrySetResult();
            }

            if (watches++ > 0) _metrics?.RecordWatchRestart();
            var outcome = new WatchOutcome();
            await foreach (var change in WatchOnceAsync(outcome, cancellationToken)) yield return change;
            if (outcome.Progressed) (failures, expiredInARow) = (0, 0);
            if (outcome.Gone)
            {
                InformerLog.WatchExpired(_logger, _source.Resource, ResourceVersion);
                mustList = true;
                // List again at once; only a version that keeps expiring before any event arrives is slowed, so it cannot spin.
                if (!outcome.Progressed && ++expiredInARow > 1) await BackoffAsync(expiredInARow - 1, null, cancellationToken);
            }
            else if (outcome.Failure is null && outcome.Progressed)
            {
                InformerLog.WatchEnded(_logger, _source.Resource, ResourceVersion);
            }
            else
            {
                // A failure, or a watch the server closed without a single event: wait, so as not to spin.
                await BackoffAsync(++failures, outcome.Failure, cancellationToken);
            }
        }
    }

    private async Task BackoffAsync(int failures, Exception? failure, CancellationToken cancellationToken)
    {
        var delay = Backoff.Exponential(failures, InitialBackoff, MaxBackoff, Random.Shared.NextDouble());
        InformerLog.WatchFailed(_logger, failure ?? new IOException("The watch ended without an event."), _source.Resource, delay);
        await Task.Delay(delay, _time, cancellationToken);
    }

    private static string Key(string? @namespace, string? name) => $"{@namespace}/{name}";

    private static string Key(T item) => Key(item.Metadata?.NamespaceProperty, item.Metadata?.Name);
}
