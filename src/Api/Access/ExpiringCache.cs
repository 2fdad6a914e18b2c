using System.Collections.Concurrent;

namespace OrleansLife.Api.Access;

/// <summary>Answers kept for a while by key; an expired answer is asked for again. Expired entries are swept as the cache grows.</summary>
internal sealed class ExpiringCache<T>(TimeSpan lifetime, TimeProvider time)
{
    /// <summary>How many entries the cache holds before it sweeps out the expired ones.</summary>
    private const int SweepAt = 1024;

    private readonly ConcurrentDictionary<string, (T Value, DateTimeOffset Expires)> _entries = new(StringComparer.Ordinal);

    public async Task<T> GetOrAddAsync(string key, Func<Task<T>> ask)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Expires > now) return entry.Value;
        // A failed review throws and is not kept: the next request asks again.
        var value = await ask().ConfigureAwait(false);
        if (lifetime <= TimeSpan.Zero) return value;
        if (_entries.Count >= SweepAt)
        {
            foreach (var (stale, _) in _entries.Where(e => e.Value.Expires <= now)) _entries.TryRemove(stale, out _);
        }
        _entries[key] = (value, now + lifetime);
        return value;
    }
}
