using System.Runtime.CompilerServices;
using System.Text.Json;
using k8s;
using k8s.Models;
using OrleansLife.Operator.Client;

namespace OrleansLife.Operator.Boards.Objects;

/// <summary>
/// The Board objects of one namespace, through KubernetesClient's custom-objects API: typed reads and writes, JSON merge
/// patches of the spec and of the status subresource, and watches.
/// </summary>
public sealed class BoardClient(IKubernetes client, string @namespace)
{
    /// <summary>The namespace of the objects.</summary>
    public string Namespace { get; } = @namespace;

    /// <summary>Creates the object; a taken name fails with 409.</summary>
    public Task<Board> CreateAsync(Board board, CancellationToken cancellationToken = default) =>
        client.CustomObjects.CreateNamespacedCustomObjectAsync<Board>(board, Board.Group, Board.Version, Namespace, Board.Plural,
            cancellationToken: cancellationToken);

    /// <summary>One page of the objects.</summary>
    public Task<BoardList> ListAsync(int? limit = null, string? continueToken = null, CancellationToken cancellationToken = default) =>
        client.CustomObjects.ListNamespacedCustomObjectAsync<BoardList>(Board.Group, Board.Version, Namespace, Board.Plural,
            continueParameter: continueToken, limit: limit, cancellationToken: cancellationToken);

    /// <summary>Deletes the object; returns its uid as the server reported it, or null when it did not say.</summary>
    public async Task<string?> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        // Answered with the object (being finalized) or with a Status naming it: either may carry the uid.
        var answer = await client.CustomObjects.DeleteNamespacedCustomObjectAsync<JsonElement>(
            Board.Group, Board.Version, Namespace, Board.Plural, name, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (answer.ValueKind != JsonValueKind.Object) return null;
        var holder = answer.TryGetProperty("kind", out var kind) && kind.ValueEquals("Status") ? "details" : "metadata";
        return answer.TryGetProperty(holder, out var meta) && meta.ValueKind == JsonValueKind.Object
            && meta.TryGetProperty("uid", out var uid) && uid.ValueKind == JsonValueKind.String ? uid.GetString() : null;
    }

    /// <summary>Applies a JSON merge patch (RFC 7386) to the object.</summary>
    public Task<Board> PatchAsync(string name, object patch, CancellationToken cancellationToken = default) =>
        client.CustomObjects.PatchNamespacedCustomObjectAsync<Board>(MergePatch(patch), Board.Group, Board.Version, Namespace,
            Board.Plural, name, cancellationToken: cancellationToken);

    /// <summary>Applies a JSON merge patch to the object's status subresource.</summary>
    public Task<Board> PatchStatusAsync(string name, object patch, CancellationToken cancellationToken = default) =>
        client.CustomObjects.PatchNamespacedCustomObjectStatusAsync<Board>(MergePatch(patch), Board.Group, Board.Version, Namespace,
            Board.Plural, name, cancellationToken: cancellationToken);

    /// <summary>
    /// Streams changes from <paramref name="resourceVersion"/> on, with bookmarks, until the server ends the watch.
    /// Problems the server reports in the stream (410 Gone among them) go to <paramref name="onError"/>.
    /// </summary>
    public async IAsyncEnumerable<(WatchEventType Type, Board Object)> WatchAsync(
        string resourceVersion, int timeoutSeconds, Action<Exception> onError, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var connection = WatchConnection.Open(cancellationToken);
        var events = client.CustomObjects.WatchListNamespacedCustomObjectAsync(Board.Group, Board.Version, Namespace, Board.Plural,
            allowWatchBookmarks: true, resourceVersion: resourceVersion, timeoutSeconds: timeoutSeconds, onError: onError,
            cancellationToken: cancellationToken);
        // The custom-objects API hands each object over untyped, as the JSON it was.
        await foreach (var (type, item) in events.ConfigureAwait(false))
        {
            var board = item switch
            {
                JsonElement json => KubernetesJson.Deserialize<Board>(json),
                Board typed => typed,
                _ => null,
            };
            if (board is not null) yield return (type, board);
        }
    }

    /// <summary>The patch as KubernetesClient sends it: serialized with its settings, which leave out nulls.</summary>
    private static V1Patch MergePatch(object patch) => new(KubernetesJson.Serialize(patch), V1Patch.PatchType.MergePatch);
}
