using System.Globalization;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Selectors;
using OrleansLife.KubeEmulator.Storage;

namespace OrleansLife.KubeEmulator.Watching;

/// <summary>
/// Decides what a filtered watch sees of a store event, as the API server's watch cache does: an object that starts
/// matching the selector arrives as ADDED, and one that stops matching leaves as DELETED carrying its last matching
/// state at the new resourceVersion.
/// </summary>
internal static class WatchEvents
{
    public static (WatchEventType Type, JsonObject Object)? Filter(StoreEvent change, ObjectFilter filter)
    {
        switch (change.Type)
        {
            case WatchEventType.Added:
                return filter.Matches(change.Object) ? (WatchEventType.Added, change.Object) : null;
            case WatchEventType.Deleted:
                return filter.Matches(change.Previous ?? change.Object) ? (WatchEventType.Deleted, change.Object) : null;
            case WatchEventType.Modified:
                var now = filter.Matches(change.Object);
                var before = change.Previous is not null && filter.Matches(change.Previous);
                if (now) return (before ? WatchEventType.Modified : WatchEventType.Added, change.Object);
                if (!before) return null;
                var left = (JsonObject)change.Previous!.DeepClone();
                Meta.Of(left)["resourceVersion"] = change.ResourceVersion.ToString(CultureInfo.InvariantCulture);
                return (WatchEventType.Deleted, left);
            default:
                return null;
        }
    }
}
