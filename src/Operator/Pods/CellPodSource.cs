using System.Runtime.CompilerServices;
using k8s;
using k8s.Models;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Watching;

namespace OrleansLife.Operator.Pods;

/// <summary>The cell pods of one namespace, listed and watched by label through KubernetesClient's typed core/v1 API.</summary>
internal sealed class CellPodSource(IKubernetes client, string @namespace, string labelSelector, int? pageSize = null) : IInformerSource<V1Pod>
{
    public string Resource => "pods";

    public async Task<InformerPage<V1Pod>> ListAsync(string? continueToken, CancellationToken cancellationToken)
    {
        var list = await client.CoreV1.ListNamespacedPodAsync(@namespace, continueParameter: continueToken, labelSelector: labelSelector,
            limit: pageSize, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new InformerPage<V1Pod>(list.Items, list.Metadata?.ResourceVersion, list.Metadata?.ContinueProperty);
    }

    public async IAsyncEnumerable<(WatchEventType Type, V1Pod Object)> WatchAsync(
        string resourceVersion, int timeoutSeconds, Action<Exception> onError, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var connection = WatchConnection.Open(cancellationToken);
        var events = client.CoreV1.WatchListNamespacedPodAsync(@namespace, allowWatchBookmarks: true, labelSelector: labelSelector,
            resourceVersion: resourceVersion, timeoutSeconds: timeoutSeconds, onError: onError, cancellationToken: cancellationToken);
        await foreach (var change in events.ConfigureAwait(false)) yield return change;
    }
}
