using System.Threading.Channels;

namespace OrleansLife.KubeEmulator.Storage;

/// <summary>
/// A live feed of store events for one resource (or all) in one namespace (or all): the events to replay first, then
/// everything published after them, in order. Disposing it stops the feed.
/// </summary>
internal sealed class StoreSubscription : IDisposable
{
    // Not SingleReader: only the general unbounded channel can count what is queued, which bookmarks rely on.
    private readonly Channel<StoreEvent> _channel = Channel.CreateUnbounded<StoreEvent>();
    private readonly Action<StoreSubscription> _unsubscribe;

    public StoreSubscription(string? resource, string? @namespace, bool droppable, Action<StoreSubscription> unsubscribe)
    {
        Resource = resource;
        Namespace = @namespace;
        Droppable = droppable;
        _unsubscribe = unsubscribe;
    }

    public string? Resource { get; }

    public string? Namespace { get; }

    /// <summary>True for client watches, which fault injection may cut; false for the emulator's own controllers.</summary>
    public bool Droppable { get; }

    /// <summary>Events to deliver before the live ones: a replay from history or the synthetic ADDED of current state.</summary>
    public IReadOnlyList<StoreEvent> Initial { get; internal set; } = [];

    /// <summary>The store's resourceVersion when the feed started.</summary>
    public long StartResourceVersion { get; internal set; }

    public ChannelReader<StoreEvent> Events => _channel.Reader;

    internal bool Matches(StoreEvent change) =>
        (Resource is null || Resource == change.Resource) && (Namespace is null || Namespace == change.Namespace);

    internal void Publish(StoreEvent change) => _channel.Writer.TryWrite(change);

    internal void Drop() => _channel.Writer.TryComplete(new WatchDroppedException());

    public void Dispose()
    {
        _unsubscribe(this);
        _channel.Writer.TryComplete();
    }
}
