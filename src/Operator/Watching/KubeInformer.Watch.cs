using System.Runtime.CompilerServices;
using k8s;
using OrleansLife.Operator.Client;

namespace OrleansLife.Operator.Watching;

/// <summary>One watch of the informer, and the list that precedes it.</summary>
public sealed partial class KubeInformer<T>
{
    /// <summary>Lists every page, so the cache starts from one consistent snapshot.</summary>
    private async Task<InformerPage<T>> ListAllAsync(CancellationToken cancellationToken)
    {
        var page = await _source.ListAsync(null, cancellationToken);
        var items = new List<T>(page.Items);
        var version = page.ResourceVersion;
        while (!string.IsNullOrEmpty(page.Continue))
        {
            page = await _source.ListAsync(page.Continue, cancellationToken);
            items.AddRange(page.Items);
        }

        return new InformerPage<T>(items, version, null);
    }

    /// <summary>Watches from <see cref="ResourceVersion"/> until the watch ends, recording how it ended in <paramref name="outcome"/>.</summary>
    private async IAsyncEnumerable<WatchEvent<T>> WatchOnceAsync(WatchOutcome outcome, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // KubernetesClient reports what the server says inside the stream (a Status such as 410 Gone) to a callback, and
        // reads on; this watch is over then, whether or not the server closes it.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnError(Exception error)
        {
            if (KubeErrors.IsGone(error)) outcome.Gone = true;
            else outcome.Failure ??= error;
            stop.Cancel();
        }

        var events = _source.WatchAsync(ResourceVersion ?? "", WatchTimeoutSeconds, OnError, stop.Token);
        await using var enumerator = events.GetAsyncEnumerator(stop.Token);
        while (!outcome.Gone && outcome.Failure is null)
        {
            try
            {
                if (!await enumerator.MoveNextAsync()) yield break;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Stopped by OnError, the outcome already says why; otherwise the watch failed.
                if (!stop.IsCancellationRequested) OnError(ex);
                yield break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Cancelled: the closed connection may surface as an I/O error, but the caller asked to stop.
                throw new OperationCanceledException("The watch was cancelled.", ex, cancellationToken);
            }

            outcome.Progressed = true;
            var (type, item) = enumerator.Current;
            if (Apply(type, item)) yield return new WatchEvent<T>(type, item);
        }
    }

    /// <summary>Applies one event to the cache; false for bookmarks, which only advance the resource version.</summary>
    private bool Apply(WatchEventType type, T item)
    {
        if (item?.Metadata is null) return false;
        if (item.Metadata.ResourceVersion is { } version) ResourceVersion = version;
        switch (type)
        {
            case WatchEventType.Added or WatchEventType.Modified:
                _cache[Key(item)] = item;
                return true;
            case WatchEventType.Deleted:
                _cache.TryRemove(Key(item), out _);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Replaces the cache with a fresh list, returning what changed relative to the old contents.</summary>
    private List<WatchEvent<T>> ReplaceAll(InformerPage<T> list)
    {
        var changes = new List<WatchEvent<T>>();
        var fresh = list.Items.ToDictionary(Key, StringComparer.Ordinal);
        foreach (var (key, old) in _cache)
        {
            if (!fresh.ContainsKey(key) && _cache.TryRemove(key, out _)) changes.Add(new WatchEvent<T>(WatchEventType.Deleted, old));
        }

        foreach (var (key, item) in fresh)
        {
            var known = _cache.TryGetValue(key, out var old);
            _cache[key] = item;
            if (!known) changes.Add(new WatchEvent<T>(WatchEventType.Added, item));
            else if (old!.Metadata.ResourceVersion != item.Metadata.ResourceVersion) changes.Add(new WatchEvent<T>(WatchEventType.Modified, item));
        }

        ResourceVersion = list.ResourceVersion;
        InformerLog.Listed(_logger, fresh.Count, _source.Resource, ResourceVersion);
        return changes;
    }

    /// <summary>How a watch ended; a class because iterators cannot have out parameters.</summary>
    private sealed class WatchOutcome
    {
        public bool Gone { get; set; }

        public bool Progressed { get; set; }

        public Exception? Failure { get; set; }
    }
}
