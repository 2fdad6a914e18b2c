using k8s;
using OrleansLife.Clustering.Membership;
using OrleansLife.Clustering.Objects;

namespace OrleansLife.Clustering.Tests.Testing;

/// <summary>One test's Orleans cluster: where its ClusterMembership object lives, and tables over it.</summary>
public sealed class ClusterUnderTest(EmulatorFixture fixture, string @namespace, string clusterId)
{
    public string Namespace => @namespace;

    public string ClusterId => clusterId;

    /// <summary>A table with a client of its own, initialized as a silo initializes it (creating the object).</summary>
    internal async Task<KubernetesMembershipTable> TableAsync(TimeSpan? readsFreshFor = null, RequestCounter? counter = null, TimeProvider? time = null)
    {
        var table = fixture.Table(@namespace, clusterId, readsFreshFor, counter, time);
        await table.InitializeMembershipTable(tryInitTableVersion: true);
        return table;
    }

    /// <summary>The stored object as kubectl would see it, or null when there is none.</summary>
    public async Task<ClusterMembership?> ReadObjectAsync()
    {
        using var client = fixture.Client();
        try
        {
            return await client.CustomObjects.GetNamespacedCustomObjectAsync<ClusterMembership>(
                ClusterMembership.Group, ClusterMembership.Version, @namespace, ClusterMembership.Plural, clusterId);
        }
        catch (k8s.Autorest.HttpOperationException error) when (error.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
