using System.Diagnostics;
using OrleansLife.Grains.Cells;
using OrleansLife.KubeEmulator;
using OrleansLife.KubeEmulator.Hosting;
using k8s;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Bench.Pods;

/// <summary>
/// What the operator does in a silo, minus the silo: the embedded API emulator, KubernetesClient on it (with our rate limit, retries and counters), and a
/// running pod reconciler on that client. Pod writes are counted at the client, so a retry counts as a write.
/// </summary>
public sealed class PodRig : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromMinutes(2);

    private readonly KubeApiEmulator _emulator;
    private readonly Kubernetes _client;
    private readonly KubeClientMetrics _metrics;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    private PodRig(KubeApiEmulator emulator, Kubernetes client, KubeClientMetrics metrics, BoardPodReconciler reconciler)
    {
        (_emulator, _client, _metrics, Reconciler) = (emulator, client, metrics, reconciler);
        _running = Task.Run(() => reconciler.RunAsync(_stop.Token));
    }

    public BoardPodReconciler Reconciler { get; }

    /// <summary>Pod creates and deletes the client sent, retries included.</summary>
    public long PodWrites
    {
        get
        {
            var calls = _metrics.CallsByVerb;
            return calls.GetValueOrDefault("create") + calls.GetValueOrDefault("delete");
        }
    }

    /// <summary>Starts a rig and warms it up: the reconciler has listed the pods and made and deleted a few.</summary>
    public static async Task<PodRig> StartAsync(PodRigSettings settings)
    {
        var emulatorOptions = new KubeEmulatorOptions { KubeconfigPath = null, PersistencePath = null };
        if (settings.PodTermination is { } termination) emulatorOptions.MaxPodTerminationDelay = termination;
        emulatorOptions.Faults.RequestLatency = settings.RequestLatency;
        var emulator = new KubeApiEmulator(emulatorOptions);
        await emulator.StartAsync(CancellationToken.None);
        var metrics = new KubeClientMetrics();
        var client = KubeClientFactory.Create(
            KubeClientFactory.Direct(emulator.BaseAddress), new KubeClientOptions { Qps = settings.Qps, Burst = settings.Burst }, metrics);
        var options = new BoardPodReconcilerOptions
        {
            MaxConcurrentWrites = settings.MaxConcurrentWrites,
            MaxWritesPerSecond = settings.WritesPerSecond,
            WriteBurst = EmbeddedEmulatorDefaults.WriteBurst,
            // The caps protect a shared cluster; a benchmark board is bigger than they allow.
            MaxPodsPerBoard = 10_000,
            MaxPodsPerNamespace = 20_000,
        };
        var rig = new PodRig(emulator, client, metrics,
            new BoardPodReconciler(client, "default", new CellPodOptions(), options, clientMetrics: metrics));
        // Also waits for the first list: before it the reconciler writes nothing, and no run should pay for it.
        await rig.DeclareAndWaitAsync("warm-up", 0, [.. Enumerable.Range(0, 20).Select(x => new Coordinate(x, 0))]);
        await rig.DeclareAndWaitAsync("warm-up", 1, []);
        return rig;
    }

    /// <summary>Declares a generation's live cells and waits until their pods exist and no dead cell's pod is left.</summary>
    /// <returns>The time from the declaration to that point.</returns>
    public async Task<TimeSpan> DeclareAndWaitAsync(string board, long generation, IReadOnlyCollection<Coordinate> live)
    {
        var clock = Stopwatch.StartNew();
        if (Reconciler.SetDesired(board, generation, live) is { Exceeded: true } cap) throw new InvalidOperationException(cap.Message);
        var result = await Reconciler.WhenGenerationReconciledAsync(board, generation, waitForRunning: false, WaitLimit);
        clock.Stop();
        if (result.Outcome != GenerationReconcileOutcome.Reconciled)
            throw new InvalidOperationException($"Generation {generation} of {board} ended {result.Outcome}: {Reconciler.GetStatus(board)}");
        return clock.Elapsed;
    }

    /// <summary>Waits until the board has no pod left, Terminating ones included, so the next run starts on a quiet emulator.</summary>
    public async Task WaitUntilGoneAsync(string board)
    {
        using var limit = new CancellationTokenSource(WaitLimit);
        await foreach (var status in Reconciler.WatchStatusAsync(board, limit.Token))
        {
            if (status.PodsExisting == 0 && status.PodsTerminating == 0) return;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // How a reconciler's run ends when stopped.
        }

        _stop.Dispose();
        _client.Dispose();
        await _emulator.DisposeAsync();
    }
}
