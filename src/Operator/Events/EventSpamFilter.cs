using k8s.Models;

namespace OrleansLife.Operator.Events;

/// <summary>
/// client-go's spam filter: a token bucket per source and involved object, <see cref="EventRecorderOptions.Burst"/> deep
/// and refilled one token every <see cref="EventRecorderOptions.RefillInterval"/>. An event that finds the bucket empty
/// is not sent, so that a board going flat out cannot flood the API server with events about itself.
/// </summary>
internal sealed class EventSpamFilter(EventRecorderOptions options, TimeProvider time)
{
    private readonly LruCache<Bucket> _buckets = new(options.CacheSize);

    /// <summary>Takes a token for <paramref name="e"/>'s object; false when none is left.</summary>
    public bool TryAccept(Corev1Event e)
    {
        var key = EventKeys.Object(e);
        var now = time.GetUtcNow();
        var bucket = _buckets.TryGet(key, out var known) ? known : new Bucket(options.Burst, now);
        var earned = (now - bucket.Since) / options.RefillInterval;
        var tokens = Math.Min(options.Burst, bucket.Tokens + earned);
        var accepted = tokens >= 1;
        _buckets.Set(key, new Bucket(accepted ? tokens - 1 : tokens, now));
        return accepted;
    }

    private sealed record Bucket(double Tokens, DateTimeOffset Since);
}
