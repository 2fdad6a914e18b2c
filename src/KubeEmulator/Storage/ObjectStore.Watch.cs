using System.Globalization;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Errors;

namespace OrleansLife.KubeEmulator.Storage;

internal sealed partial class ObjectStore
{
    /// <summary>
    /// Opens a feed of changes. The replay (from history, or the current state as ADDED) and the registration for live
    /// events happen under one lock, so nothing falls between them. Throws a 410 Expired when the history no longer
    /// reaches back to the requested resourceVersion.
    /// </summary>
    public StoreSubscription Subscribe(string? resource, string? @namespace, WatchStart start, bool droppable)
    {
        lock (_gate)
        {
            var subscription = new StoreSubscription(resource, @namespace, droppable, Unsubscribe)
            {
                StartResourceVersion = _resourceVersion,
            };
            switch (start.Kind)
            {
                case WatchStartKind.CurrentState:
                    subscription.Initial = CurrentState(resource, @namespace);
                    break;
                case WatchStartKind.After when start.ResourceVersion > _resourceVersion:
                    throw TooLarge(start.ResourceVersion);
                case WatchStartKind.After:
                    if (!_history.TryGetSince(start.ResourceVersion, out var replay))
                    {
                        throw ApiErrors.Expired(string.Create(CultureInfo.InvariantCulture,
                            $"too old resource version: {start.ResourceVersion} ({_history.Floor})"));
                    }
                    subscription.Initial = replay.Where(subscription.Matches).ToList();
                    break;
            }
            _subscriptions.Add(subscription);
            return subscription;
        }
    }

    /// <summary>Cuts every client watch, as a network failure would; the emulator's own controllers keep theirs.</summary>
    public void DropWatches()
    {
        lock (_gate)
        {
            foreach (var subscription in _subscriptions.Where(s => s.Droppable).ToList())
            {
                _subscriptions.Remove(subscription);
                subscription.Drop();
            }
        }
    }

    /// <summary>
    /// The resourceVersion a BOOKMARK may promise to <paramref name="subscription"/>: the store's current one, but only
    /// while every event up to it has been read from the feed; null while events are still queued.
    /// </summary>
    public long? BookmarkResourceVersion(StoreSubscription subscription)
    {
        lock (_gate) return subscription.Events.Count == 0 ? _resourceVersion : null;
    }

    /// <summary>
    /// What the watch cache answers when asked for a resourceVersion it has not reached, which happens when a client
    /// outlives a restarted emulator that keeps no state; the client then relists.
    /// </summary>
    private ApiException TooLarge(long requested) =>
        new(504, "Timeout", string.Create(CultureInfo.InvariantCulture, $"Too large resource version: {requested}, current: {_resourceVersion}"),
            new JsonObject
            {
                ["causes"] = new JsonArray(new JsonObject
                {
                    ["reason"] = "ResourceVersionTooLarge",
                    ["message"] = "Too large resource version",
                }),
                ["retryAfterSeconds"] = 1,
            });

    private List<StoreEvent> CurrentState(string? resource, string? @namespace)
    {
        var events = new List<StoreEvent>();
        foreach (var (name, objects) in _objects)
        {
            if (resource is not null && name != resource) continue;
            foreach (var obj in objects.Values)
            {
                var change = new StoreEvent(WatchEventType.Added, name, _resourceVersion, obj, null);
                if (@namespace is null || change.Namespace == @namespace) events.Add(change);
            }
        }
        return events;
    }

    private void Unsubscribe(StoreSubscription subscription)
    {
        lock (_gate) _subscriptions.Remove(subscription);
    }
}
