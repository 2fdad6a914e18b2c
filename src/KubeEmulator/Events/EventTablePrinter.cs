using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Tables;

namespace OrleansLife.KubeEmulator.Events;

/// <summary>
/// LAST SEEN, TYPE, REASON, OBJECT, MESSAGE (and with <c>-o wide</c> SUBOBJECT, SOURCE, FIRST SEEN, COUNT, NAME), as the
/// API server prints core/v1 events, falling back to the events.k8s.io fields that newer reporters fill in instead.
/// </summary>
internal sealed class EventTablePrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        new("Last Seen", "string", "The time at which the most recent occurrence of this event was recorded."),
        new("Type", "string", "Type of this event (Normal, Warning), new types could be added in the future"),
        new("Reason", "string", "This should be a short, machine understandable string that gives the reason for the transition into the object's current status."),
        new("Object", "string", "The object that this event is about."),
        new("Subobject", "string", "If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: \"spec.containers{name}\" (where \"name\" refers to the name of the container that triggered the event) or if no container name is specified \"spec.containers[2]\" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object.", Priority: 1),
        new("Source", "string", "The component reporting this event. Should be a short machine understandable string.", Priority: 1),
        new("Message", "string", "A human-readable description of the status of this operation."),
        new("First Seen", "string", "The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)", Priority: 1),
        new("Count", "string", "The number of times this event has occurred.", Priority: 1),
        new("Name", "string", MetadataDescriptions.Name, Priority: 1, Format: "name"),
    ];

    public JsonArray Cells(JsonObject obj, DateTimeOffset now)
    {
        var first = obj.GetString("firstTimestamp") is { Length: > 0 } firstTimestamp ? firstTimestamp : obj.GetString("eventTime");
        var last = obj.GetString("lastTimestamp") is { Length: > 0 } lastTimestamp ? lastTimestamp : first;
        // A series counts the repeats of an events.k8s.io event; a singleton event of that API carries no count at all.
        var series = obj.GetObject("series");
        if (series is not null) last = series.GetString("lastObservedTime");
        var count = series?.GetInt64("count") ?? obj.GetInt64("count") ?? 0;
        if (count == 0) count = 1;
        var involved = obj.GetObject("involvedObject");
        var kind = (involved.GetString("kind") ?? "").ToLowerInvariant();
        var target = involved.GetString("name") is { Length: > 0 } name ? $"{kind}/{name}" : kind;
        var source = obj.GetObject("source");
        var component = FirstNonEmpty(source.GetString("component"), obj.GetString("reportingComponent"));
        var instance = FirstNonEmpty(source.GetString("host"), obj.GetString("reportingInstance"));
        return new JsonArray(
            HumanDuration.Since(last, now),
            obj.GetString("type") ?? "",
            obj.GetString("reason") ?? "",
            target,
            involved.GetString("fieldPath") ?? "",
            instance.Length == 0 ? component : $"{component}, {instance}",
            (obj.GetString("message") ?? "").Trim(),
            HumanDuration.Since(first, now),
            count,
            Meta.Name(obj));
    }

    private static string FirstNonEmpty(string? first, string? second) => first is { Length: > 0 } ? first : second ?? "";
}
