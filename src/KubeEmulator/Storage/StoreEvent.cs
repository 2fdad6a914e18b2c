using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Storage;

/// <summary>
/// One change to the store. <see cref="Object"/> and <see cref="Previous"/> are frozen snapshots: nobody mutates them
/// after the event is published, so any number of watchers can serialize them concurrently.
/// </summary>
internal sealed record StoreEvent(WatchEventType Type, string Resource, long ResourceVersion, JsonObject Object, JsonObject? Previous)
{
    public string Namespace => Objects.Meta.Namespace(Object);
}
