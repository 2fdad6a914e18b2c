using System.Runtime.CompilerServices;
using System.Text.Json;
using OrleansLife.Kubernetes.Errors;
using OrleansLife.Kubernetes.Meta;
using OrleansLife.Kubernetes.Serialization;
using OrleansLife.Kubernetes.Watching;

namespace OrleansLife.Kubernetes.Client;

/// <summary>Watching: the newline-delimited JSON event stream of <c>?watch=true</c>.</summary>
internal sealed partial class KubeResourceClient<T>
{
    public async IAsyncEnumerable<WatchEvent<T>> WatchAsync(
        string? @namespace = null, ListOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var path = CollectionPath(@namespace) + (options ?? new ListOptions()).ToQuery(watch: true);
        using var response = await client.SendAsync(new KubeRequest("watch", HttpMethod.Get, path), cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(body);
        // Reading with the token aborts the connection on cancellation instead of waiting for the next event.
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length > 0 && Parse(line) is { } watchEvent) yield return watchEvent;
        }
    }

    /// <summary>Parses one line; null for an event type this client does not know (skipped for forward compatibility).</summary>
    internal static WatchEvent<T>? Parse(string line)
    {
        var raw = JsonSerializer.Deserialize<RawWatchEvent>(line, KubeJson.Options)
            ?? throw new JsonException("A watch event was null.");
        WatchEventType? type = raw.Type switch
        {
            "ADDED" => WatchEventType.Added,
            "MODIFIED" => WatchEventType.Modified,
            "DELETED" => WatchEventType.Deleted,
            "BOOKMARK" => WatchEventType.Bookmark,
            "ERROR" => WatchEventType.Error,
            _ => null,
        };
        if (type is null) return null;
        if (type != WatchEventType.Error) return new WatchEvent<T>(type.Value, raw.Object.Deserialize<T>(KubeJson.Options));

        var status = raw.Object.Deserialize<Status>(KubeJson.Options) ?? new Status();
        // 410 means the watch cannot continue from here; only a fresh list can, so it is not an ordinary event.
        if (status.Code == 410) throw KubeApiErrors.FromStatus(status);
        return new WatchEvent<T>(WatchEventType.Error, null, status);
    }

    private sealed record RawWatchEvent(string? Type, JsonElement Object);
}
