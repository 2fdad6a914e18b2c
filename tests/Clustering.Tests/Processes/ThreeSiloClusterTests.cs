using k8s;
using k8s.Models;
using OrleansLife.Clustering.Objects;
using OrleansLife.KubeEmulator;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.Testing.Tools;
using Xunit.Abstractions;

namespace OrleansLife.Clustering.Tests.Processes;

/// <summary>
/// Three silo processes with <c>--Cluster:Membership=kubernetes</c> against one API emulator (the in-process one,
/// serving HTTP as the standalone one does): they find each other there, and when one is killed outright the other two
/// declare it dead in the ClusterMembership object.
/// </summary>
[Trait("Category", "Processes")]
public sealed class ThreeSiloClusterTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Silos = 3;
    private static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan DeathDeadline = TimeSpan.FromMinutes(1);
    private readonly string _directory = Directory.CreateTempSubdirectory("membership-").FullName;
    private readonly List<SiloProcess> _silos = [];

    private KubeApiEmulator Emulator { get; set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new KubeEmulatorOptions { KubeconfigPath = null, PodRunningDelay = TimeSpan.FromMilliseconds(50) };
        options.CustomResourceDefinitionFiles.Add(RepositoryPaths.BoardCrd);
        options.CustomResourceDefinitionFiles.Add(RepositoryPaths.ClusterMembershipCrd);
        Emulator = new KubeApiEmulator(options);
        await Emulator.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        foreach (var silo in _silos) silo.Dispose();
        await Emulator.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task ThreeSilos_JoinThroughTheKubernetesApi_AndTheTwoLeftDeclareAKilledOneDead()
    {
        const string @namespace = "life";
        const string clusterId = "three-silos";
        using (var client = new Kubernetes(new KubernetesClientConfiguration { Host = Emulator.BaseAddress.AbsoluteUri }))
            await client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = @namespace } });
        var kubeconfig = Path.Combine(_directory, "kubeconfig");
        await File.WriteAllTextAsync(kubeconfig, Kubeconfig(Emulator.BaseAddress, @namespace));
        var ports = FreePorts.Take(3 * Silos);
        for (var i = 0; i < Silos; i++)
        {
            _silos.Add(SiloProcess.Start(_directory, ports[3 * i], ports[3 * i + 1],
            [
                "--kube", "cluster", "--kubeconfig", kubeconfig,
                "--Cluster:Membership=kubernetes", $"--Cluster:ClusterId={clusterId}", $"--Cluster:GatewayPort={ports[3 * i + 2]}",
                // Probes every second, two missed make a suspicion: a killed silo is dead within seconds, not tens.
                "--ClusterMembership:ProbeTimeout=00:00:01", "--ClusterMembership:NumMissedProbesLimit=2",
            ]));
        }

        var joined = await Eventually.HoldsAsync(
            async () => (await Task.WhenAll(_silos.Select(CountActiveAsync))).All(active => active == Silos),
            StartDeadline, () => Describe("every silo to list 3 active silos"));
        output.WriteLine($"3 silos active in every silo's view {joined.TotalSeconds:F1} s after start");

        var killed = _silos[^1];
        killed.Kill();
        var survivors = _silos.Take(Silos - 1).ToList();
        var declared = await Eventually.HoldsAsync(
            async () => (await Task.WhenAll(survivors.Select(CountActiveAsync))).All(active => active == Silos - 1)
                && await StatusOfSiloOnPortAsync(@namespace, clusterId, killed.SiloPort) == "Dead",
            DeathDeadline, () => Describe("the survivors to list 2 active silos and the object to say the killed one is Dead"));
        output.WriteLine($"Killed silo declared dead {declared.TotalSeconds:F1} s after kill -9");

        var table = await ReadTableAsync(@namespace, clusterId);
        table.Spec.Members.Count(row => row.Status == "Active").ShouldBe(Silos - 1);
    }

    private static async Task<int> CountActiveAsync(SiloProcess silo) =>
        (await silo.SiloStatusesAsync())?.Count(status => status == "active") ?? -1;

    private async Task<string?> StatusOfSiloOnPortAsync(string @namespace, string clusterId, int siloPort) =>
        (await ReadTableAsync(@namespace, clusterId)).Spec.Members
            .SingleOrDefault(row => row.SiloAddress.StartsWith($"127.0.0.1:{siloPort}@", StringComparison.Ordinal))?.Status;

    private async Task<ClusterMembership> ReadTableAsync(string @namespace, string clusterId)
    {
        using var client = new Kubernetes(new KubernetesClientConfiguration { Host = Emulator.BaseAddress.AbsoluteUri });
        return await client.CustomObjects.GetNamespacedCustomObjectAsync<ClusterMembership>(
            ClusterMembership.Group, ClusterMembership.Version, @namespace, ClusterMembership.Plural, clusterId);
    }

    private string Describe(string expectation) =>
        $"waited for {expectation}.\n" + string.Join("\n\n", _silos.Select((silo, i) =>
            $"--- silo {i} (http {silo.HttpPort}, silo port {silo.SiloPort}{(silo.HasExited ? ", exited" : "")}):\n{silo.Output}"));

    /// <summary>A kubeconfig for the emulator; it carries a token because KubernetesClient refuses a user without credentials.</summary>
    private static string Kubeconfig(Uri server, string @namespace) => $"""
        apiVersion: v1
        kind: Config
        clusters:
        - name: emulator
          cluster:
            server: {server.AbsoluteUri.TrimEnd('/')}
        users:
        - name: emulator
          user:
            token: test
        contexts:
        - name: emulator
          context:
            cluster: emulator
            user: emulator
            namespace: {@namespace}
        current-context: emulator
        """;
}
