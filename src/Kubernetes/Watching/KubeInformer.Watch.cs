using System.Runtime.CompilerServices;
using OrleansLife.Kubernetes.Diagnostics;
using OrleansLife.Kubernetes.Errors;
using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Watching;

/// <summary>One watch of the informer, and the list that precedes it.</summary>
public sealed partial class KubeInformer<T>
{
    /// <summary>Lists every page, so the cache starts from one consistent snapshot.</summary>
    private async Task<KubeList<T>> ListAllAsync(CancellationToken cancellationToken)
    {
        var page = await _client.ListAsync(_namespace, _options with { Continue = null, ResourceVersion = null }, cancellationToken);
        var items = new List<T>(page.Items);
        while (!string.IsNullOrEmpty(page.Metadata.Continue))
        {
            page = await _client.ListAsync(_namespace, _options with { Continue = page.Metadata.Continue, ResourceVersion = null }, cancellationToken);
            items.AddRange(page.Items);
        }

        page.Items = items;
        return page;
    }

    /// <summary>Watches from <see cref="ResourceVersion"/> until the watch ends, recording how it ended in <paramref name="outcome"/>.</summary>
    private async IAsyncEnumerable<WatchEvent<T>> WatchOnceAsync(WatchOutcome outcome, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = _options with
        {
            ResourceVersion = ResourceVersion,
            AllowWatchBookmarks = true,
            Limit = null,
            Continue = null,
            TimeoutSeconds = _options.TimeoutSeconds ?? WatchTimeoutSeconds,
        };
        await using var events = _client.WatchAsync(_namespace, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await events.MoveNextAsync()) yield break;
            }
            catch (KubeGoneException)
            {
                outcome.Gone = true;
                yield break;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                outcome.Failure = ex;
                yield break;
            }

            outcome.Progressed = true;
            var next = events.Current;
            if (next.Type == WatchEventType.Error)
            {
                outcome.Failure = KubeApiErrors.FromStatus(next.Status ?? new Status());
                yield break;
            }

            if (Apply(next)) yield return next;
        }
    }

    /// <summary>Applies one event to the cache; false for bookmarks, which only advance the resource version.</summary>
    private bool Apply(WatchEvent<T> change)
    {
        if (change.Object is not { } item) return false;
        if (item.Metadata.ResourceVersion is { } version) ResourceVersion = version;
        switch (change.Type)
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
    private List<WatchEvent<T>> ReplaceAll(KubeList<T> list)
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

        ResourceVersion = list.Metadata.ResourceVersion;
        KubeLog.Listed(_logger, fresh.Count, _client.Resource.Plural, ResourceVersion);
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
