using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using k8s;
using k8s.Models;
using OrleansLife.KubeEmulator;
using OrleansLife.KubeEmulator.Auditing;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.Testing.Tools;

namespace OrleansLife.Clustering.Tests.Processes;

/// <summary>
/// Silo processes forming one Orleans cluster (<c>--Cluster:Membership=kubernetes</c>) against one API emulator, run in
/// the test process and serving HTTP as the standalone one does. It keeps the emulator's audit of every pod write, so
/// that a test can tell which silo wrote what, and the silos' output for a failure message. Disposing it kills them.
/// </summary>
public sealed class SiloCluster : IAsyncDisposable
{
    public const string Namespace = "life";
    private static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(3);
    private readonly string _directory = Directory.CreateTempSubdirectory("silos-").FullName;
    private readonly List<SiloProcess> _silos = [];
    private readonly ConcurrentQueue<PodWrite> _podWrites = new();
    private readonly string _clusterId;
    private string _kubeconfig = "";

    private SiloCluster(KubeApiEmulator emulator, string clusterId)
    {
        Emulator = emulator;
        _clusterId = clusterId;
        emulator.Audited += Keep;
    }

    public KubeApiEmulator Emulator { get; }

    public IReadOnlyList<SiloProcess> Silos => _silos;

    /// <summary>Every create, update, patch and delete of a pod the emulator answered with success, in order.</summary>
    public IReadOnlyList<PodWrite> PodWrites => [.. _podWrites];

    /// <summary>Starts the emulator (Board and ClusterMembership CRDs, pods Running after 50 ms) and the silos' namespace.</summary>
    public static async Task<SiloCluster> StartAsync(string clusterId)
    {
        var options = new KubeEmulatorOptions { KubeconfigPath = null, PodRunningDelay = TimeSpan.FromMilliseconds(50) };
        options.CustomResourceDefinitionFiles.Add(RepositoryPaths.BoardCrd);
        options.CustomResourceDefinitionFiles.Add(RepositoryPaths.ClusterMembershipCrd);
        var emulator = new KubeApiEmulator(options);
        await emulator.StartAsync(CancellationToken.None);
        var cluster = new SiloCluster(emulator, clusterId);
        using var kube = cluster.Client();
        await kube.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = Namespace } });
        cluster._kubeconfig = Path.Combine(cluster._directory, "kubeconfig");
        await emulator.WriteKubeconfigAsync(cluster._kubeconfig, Namespace);
        return cluster;
    }

    /// <summary>
    /// Starts <paramref name="count"/> silos and waits until every one of them lists them all active. Probes every second,
    /// two missed make a suspicion: a killed silo is dead within seconds, not tens.
    /// </summary>
    public async Task<TimeSpan> StartSilosAsync(int count)
    {
        var ports = FreePorts.Take(3 * count);
        for (var i = 0; i < count; i++)
        {
            var silo = SiloProcess.Start(_directory, ports[3 * i], ports[3 * i + 1],
            [
                "--kube", "cluster", "--kubeconfig", _kubeconfig,
                "--Cluster:Membership=kubernetes", $"--Cluster:ClusterId={_clusterId}", $"--Cluster:GatewayPort={ports[3 * i + 2]}",
                "--ClusterMembership:ProbeTimeout=00:00:01", "--ClusterMembership:NumMissedProbesLimit=2",
            ]);
            silo.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Emulator.AdminToken);
            _silos.Add(silo);
        }
        return await Eventually.HoldsAsync(
            async () => (await Task.WhenAll(_silos.Select(silo => silo.CountActiveAsync()))).All(active => active == count) && await LeaderAsync() is not null,
            StartDeadline, () => Describe($"every silo to list {count} active silos, and one to lead"));
    }

    /// <summary>The silo that holds the Lease and says so (<c>/api/health</c> answers 200 only there); null while none does.</summary>
    public async Task<SiloProcess?> LeaderAsync()
    {
        foreach (var silo in _silos.Where(silo => !silo.HasExited))
        {
            try
            {
                using var health = await silo.Http.GetAsync("api/health");
                if (health.StatusCode == HttpStatusCode.OK) return silo;
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // Not up yet.
            }
        }
        return null;
    }

    /// <summary>The holder named by the Lease object; null while there is none.</summary>
    public async Task<string?> LeaseHolderAsync()
    {
        using var kube = Client();
        var leases = await kube.CoordinationV1.ListNamespacedLeaseAsync(Namespace);
        return leases.Items.SingleOrDefault()?.Spec.HolderIdentity is { Length: > 0 } holder ? holder : null;
    }

    /// <summary>The board's pods that are not going away, by name, with their uids.</summary>
    public async Task<Dictionary<string, string>> PodsAsync(string board)
    {
        using var kube = Client();
        var pods = await kube.CoreV1.ListNamespacedPodAsync(Namespace, labelSelector: $"orleanslife.io/board={board}");
        return pods.Items.Where(pod => pod.Metadata.DeletionTimestamp is null).ToDictionary(pod => pod.Metadata.Name, pod => pod.Metadata.Uid);
    }

    /// <summary>The generation of the board's last checkpoint, its object's status; null before the first.</summary>
    public async Task<long?> CheckpointAsync(string board)
    {
        using var kube = Client();
        var found = await kube.CustomObjects.GetNamespacedCustomObjectAsync<JsonElement>("orleanslife.io", "v1", Namespace, "boards", board);
        return found.TryGetProperty("status", out var status) && status.TryGetProperty("generation", out var generation) ? generation.GetInt64() : null;
    }

    /// <summary>The board's generation as <paramref name="silo"/> reports it; -1 while it cannot.</summary>
    public static async Task<long> GenerationAsync(SiloProcess silo, string board)
    {
        try
        {
            using var response = await silo.Http.GetAsync($"api/boards/{board}?cells=false");
            if (!response.IsSuccessStatusCode) return -1;
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("generation").GetInt64();
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return -1;
        }
    }

    /// <summary>Pauses the board through <paramref name="silo"/> and reads its generation and live cells.</summary>
    public static async Task<(long Generation, HashSet<(int X, int Y)> Cells)> PauseAsync(SiloProcess silo, string board)
    {
        using (var paused = await silo.Http.PostAsync($"api/boards/{board}/pause", null))
            paused.StatusCode.ShouldBe(HttpStatusCode.OK, await paused.Content.ReadAsStringAsync());
        var read = await silo.Http.GetFromJsonAsync<JsonElement>($"api/boards/{board}");
        var cells = read.GetProperty("cells").EnumerateArray().Select(cell => (cell[0].GetInt32(), cell[1].GetInt32())).ToHashSet();
        return (read.GetProperty("generation").GetInt64(), cells);
    }

    /// <summary>A client of the emulator; the caller disposes it.</summary>
    public Kubernetes Client() => new(new KubernetesClientConfiguration { Host = Emulator.BaseAddress.AbsoluteUri });

    /// <summary>What the test waited for, and every silo's last lines of output.</summary>
    public string Describe(string expectation) =>
        $"waited for {expectation}.\n" + string.Join("\n\n", _silos.Select((silo, i) =>
            $"--- silo {i} (http {silo.HttpPort}, silo port {silo.SiloPort}{(silo.HasExited ? ", exited" : "")}):\n{silo.Output}"));

    public async ValueTask DisposeAsync()
    {
        Emulator.Audited -= Keep;
        foreach (var silo in _silos) silo.Dispose();
        await Emulator.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private void Keep(AuditEvent request)
    {
        if (request.Method != "GET" && request.StatusCode is >= 200 and < 300
            && request.Path.StartsWith($"/api/v1/namespaces/{Namespace}/pods", StringComparison.Ordinal))
        {
            _podWrites.Enqueue(new PodWrite(request.Method, request.Path, request.UserAgent));
        }
    }
}
