using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging.Abstractions;
using OrleansLife.Clustering.Membership;
using OrleansLife.KubeEmulator;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.Testing.Tools;

namespace OrleansLife.Clustering.Tests.Testing;

/// <summary>
/// One API emulator with the ClusterMembership CRD, shared by a test class. Each test takes a cluster of its own (a
/// fresh namespace and ClusterId), and each table it makes has a client of its own, as separate silos would.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private static int _clusters;

    public KubeApiEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new KubeEmulatorOptions { KubeconfigPath = null };
        options.CustomResourceDefinitionFiles.Add(RepositoryPaths.ClusterMembershipCrd);
        Emulator = new KubeApiEmulator(options);
        await Emulator.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await Emulator.DisposeAsync();

    public Kubernetes Client(RequestCounter? counter = null) =>
        counter is null ? new(Configuration()) : new(Configuration(), counter);

    /// <summary>A new namespace and ClusterId, so that tests sharing the emulator never see each other's tables.</summary>
    public async Task<ClusterUnderTest> NewClusterAsync()
    {
        var number = Interlocked.Increment(ref _clusters);
        var @namespace = $"membership-{number}";
        using var client = Client();
        await client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = @namespace } });
        return new ClusterUnderTest(this, @namespace, $"test-{Guid.NewGuid():N}");
    }

    /// <summary>A table with a client of its own, whose reads answer the reads of the next <paramref name="readsFreshFor"/> (default 2 s, as configured by default).</summary>
    internal KubernetesMembershipTable Table(
        string @namespace, string clusterId, TimeSpan? readsFreshFor = null, RequestCounter? counter = null, TimeProvider? time = null) =>
        new(new ClusterMembershipStore(Client(counter), @namespace, clusterId, NullLogger.Instance, readsFreshFor ?? TimeSpan.FromSeconds(2), time));

    private KubernetesClientConfiguration Configuration() => new() { Host = Emulator.BaseAddress.AbsoluteUri };
}
