using System.Globalization;
using k8s.Models;

namespace OrleansLife.Operator.Events;

/// <summary>
/// Decides what a recorded event becomes on the server, as client-go's <c>EventCorrelator</c> does. The very same event
/// again (source, object, type, reason and message) bumps the <c>count</c> and <c>lastTimestamp</c> of the Event sent
/// first; after <see cref="EventRecorderOptions.MaxSimilarEvents"/> different messages with one reason about one object,
/// they are combined into one Event "(combined from similar events): …"; and the spam filter drops what an object emits
/// past its rate. Not thread-safe: the recorder's one loop uses it.
/// </summary>
internal sealed class EventCorrelator(EventRecorderOptions options, TimeProvider time)
{
    /// <summary>What client-go puts before the message of an event that stands for several similar ones.</summary>
    public const string CombinedPrefix = "(combined from similar events): ";

    private readonly LruCache<Similar> _similar = new(options.CacheSize);
    private readonly LruCache<Recorded> _recorded = new(options.CacheSize);
    private readonly EventSpamFilter _spam = new(options, time);
    private long _lastNanos;

    /// <summary>What to send for <paramref name="e"/> (an event with no name, count or times yet); null when it is spam.</summary>
    public EventWrite? Correlate(Corev1Event e)
    {
        var now = time.GetUtcNow();
        var (aggregated, key) = Aggregate(e, now);
        var write = Observe(aggregated, key, now);
        return _spam.TryAccept(write.Event) ? write : null;
    }

    private (Corev1Event Event, string Key) Aggregate(Corev1Event e, DateTimeOffset now)
    {
        var similarKey = EventKeys.Similar(e);
        var similar = _similar.TryGet(similarKey, out var known) && now - known.Last <= options.AggregationInterval
            ? known
            : new Similar(new HashSet<string>(StringComparer.Ordinal), now);
        similar.Messages.Add(e.Message ?? "");
        _similar.Set(similarKey, similar with { Last = now });
        if (similar.Messages.Count < options.MaxSimilarEvents) return (e, EventKeys.Same(e));

        // Keep the set from growing past the limit; from here on every similar event counts towards the combined one.
        similar.Messages.Remove(similar.Messages.First());
        return (Copy(e, CombinedPrefix + e.Message), similarKey);
    }

    private EventWrite Observe(Corev1Event e, string key, DateTimeOffset now)
    {
        var stamp = now.UtcDateTime;
        if (_recorded.TryGet(key, out var last))
        {
            var repeat = Copy(e, e.Message);
            (repeat.Metadata.Name, repeat.Count, repeat.FirstTimestamp, repeat.LastTimestamp) = (last.Name, last.Count + 1, last.First, stamp);
            _recorded.Set(key, last with { Count = last.Count + 1 });
            return new EventWrite(repeat, IsRepeat: true);
        }

        var first = Copy(e, e.Message);
        (first.Metadata.Name, first.Count, first.FirstTimestamp, first.LastTimestamp) = (NameFor(e, now), 1, stamp, stamp);
        _recorded.Set(key, new Recorded(first.Metadata.Name, 1, stamp));
        return new EventWrite(first, IsRepeat: false);
    }

    /// <summary>client-go's <c>&lt;object&gt;.&lt;hex nanoseconds&gt;</c>, made unique should the clock not have moved.</summary>
    private string NameFor(Corev1Event e, DateTimeOffset now)
    {
        var nanos = Math.Max((now - DateTimeOffset.UnixEpoch).Ticks * 100, _lastNanos + 1);
        _lastNanos = nanos;
        return e.InvolvedObject.Name + "." + nanos.ToString("x", CultureInfo.InvariantCulture);
    }

    private static Corev1Event Copy(Corev1Event e, string? message) => new()
    {
        Metadata = new V1ObjectMeta { NamespaceProperty = e.Metadata?.NamespaceProperty ?? e.InvolvedObject.NamespaceProperty },
        InvolvedObject = e.InvolvedObject,
        Type = e.Type,
        Reason = e.Reason,
        Message = message,
        Source = e.Source,
    };

    private sealed record Similar(HashSet<string> Messages, DateTimeOffset Last);

    private sealed record Recorded(string Name, int Count, DateTime First);
}
