using System.Net;
using System.Text.Json;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Microsoft.Extensions.Logging;
using OrleansLife.Clustering.Objects;

namespace OrleansLife.Clustering.Membership;

/// <summary>
/// Reads and writes one ClusterMembership object. Every write replaces the object with the resourceVersion it was read
/// at, so that of two writers who read the same version only one succeeds; the other re-reads and decides again.
/// </summary>
internal sealed partial class ClusterMembershipStore(
    IKubernetes client, string @namespace, string name, ILogger logger, TimeSpan readsFreshFor = default, TimeProvider? time = null)
{
    private readonly RecentRead _recent = new(readsFreshFor, time ?? TimeProvider.System);

    /// <summary>What a change decided after looking at the table it was given.</summary>
    public enum Decision
    {
        /// <summary>Write the changed table.</summary>
        Write,

        /// <summary>Leave the table as it is: the change is refused (a stale etag, a duplicate row).</summary>
        Refuse,
    }

    public string Namespace => @namespace;

    public string Name => name;

    /// <summary>
    /// The object as read recently (within <c>readsFreshFor</c>), or read now; null when there is none. Callers must not
    /// change it: other readers share it.
    /// </summary>
    public Task<ClusterMembership?> ReadRecentAsync() => _recent.GetAsync(() => ReadAsync());

    /// <summary>The object, or null when there is none.</summary>
    public async Task<ClusterMembership?> ReadAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await client.CustomObjects.GetNamespacedCustomObjectAsync<ClusterMembership>(
                ClusterMembership.Group, ClusterMembership.Version, @namespace, ClusterMembership.Plural, name,
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (HttpOperationException error) when (error.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Creates an empty table unless one exists; true when this call created it.</summary>
    public async Task<bool> CreateIfMissingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var empty = new ClusterMembership { Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace } };
            await client.CustomObjects.CreateNamespacedCustomObjectAsync<ClusterMembership>(empty,
                ClusterMembership.Group, ClusterMembership.Version, @namespace, ClusterMembership.Plural,
                cancellationToken: cancellationToken).ConfigureAwait(false);
            _recent.Forget();
            LogCreated(logger, @namespace, name);
            return true;
        }
        catch (HttpOperationException error) when (error.Response.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the newest table and writes it, again on a fresh read whenever another writer
    /// got in first; creates the table when it is missing and the change accepts an empty one. False when the change refused.
    /// </summary>
    public async Task<bool> ChangeAsync(Func<ClusterMembershipSpec, Decision> change, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var current = await ReadAsync(cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                // No table (never made, or deleted): only a change an empty table accepts (an insert) makes one.
                if (change(new ClusterMembershipSpec()) == Decision.Refuse) return false;
                await CreateIfMissingAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }
            if (change(current.Spec) == Decision.Refuse)
            {
                // The caller decided on an older table than this one; its next read must show it this one.
                _recent.Forget();
                return false;
            }
            try
            {
                _recent.Remember(await client.CustomObjects.ReplaceNamespacedCustomObjectAsync<ClusterMembership>(current,
                    ClusterMembership.Group, ClusterMembership.Version, @namespace, ClusterMembership.Plural, name,
                    cancellationToken: cancellationToken).ConfigureAwait(false));
                return true;
            }
            catch (HttpOperationException error) when (error.Response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.NotFound)
            {
                // 409: another writer moved the resourceVersion; 404: the table was deleted meanwhile. Either way the
                // change is judged again against what is there now.
                _recent.Forget();
                LogRetried(logger, name, (int)error.Response.StatusCode);
            }
        }
    }

    /// <summary>Deletes the object named <paramref name="objectName"/> in this namespace, if there is one.</summary>
    public async Task DeleteAsync(string objectName, CancellationToken cancellationToken = default)
    {
        _recent.Forget();
        try
        {
            await client.CustomObjects.DeleteNamespacedCustomObjectAsync<JsonElement>(
                ClusterMembership.Group, ClusterMembership.Version, @namespace, ClusterMembership.Plural, objectName,
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (HttpOperationException error) when (error.Response.StatusCode == HttpStatusCode.NotFound)
        {
            // Already gone: what the caller wanted.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the Orleans membership table {Namespace}/{Name} (ClusterMembership)")]
    private static partial void LogCreated(ILogger logger, string @namespace, string name);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Membership table {Name}: write answered {Status}; reading it again")]
    private static partial void LogRetried(ILogger logger, string name, int status);
}
