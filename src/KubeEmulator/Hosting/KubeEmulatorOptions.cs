using OrleansLife.KubeEmulator.Faults;

namespace OrleansLife.KubeEmulator.Hosting;

/// <summary>Settings of the embedded Kubernetes API emulator, bound from the <c>KubeEmulator</c> configuration section.</summary>
public sealed class KubeEmulatorOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "KubeEmulator";

    /// <summary>Loopback port to listen on. Default 0: an ephemeral port, read back from <see cref="KubeApiEmulator.BaseAddress"/>.</summary>
    public int Port { get; set; }

    /// <summary>How long a new pod stays Pending before it turns Running and Ready, as a KWOK node would report. Default 1 second.</summary>
    public TimeSpan PodRunningDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Upper bound on how long a gracefully deleted pod shows as Terminating before it is removed; the pod's own grace
    /// period applies when shorter. Default 2 seconds, so a 30 s grace period does not keep dead cells around.
    /// </summary>
    public TimeSpan MaxPodTerminationDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Name of the fake node every pod is scheduled to. Default <c>orleanslife-node</c>.</summary>
    public string NodeName { get; set; } = "orleanslife-node";

    /// <summary>How many recent changes a watch can resume from before it gets 410 Gone. Default 4096.</summary>
    public int WatchHistorySize { get; set; } = 4096;

    /// <summary>How often a watch with <c>allowWatchBookmarks=true</c> gets a BOOKMARK event. Default 1 minute, as kube-apiserver.</summary>
    public TimeSpan BookmarkInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// File the state is kept in so it survives a restart: loaded on start, rewritten atomically after changes.
    /// Default null: state lives in memory only, as it does with an empty path (the standalone emulator's <c>--state ""</c>).
    /// </summary>
    public string? PersistencePath { get; set; }

    /// <summary>How long writes are collected before the state file is rewritten. Default 250 ms.</summary>
    public TimeSpan PersistenceDebounce { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// YAML or JSON files of CustomResourceDefinitions to install on start (for example
    /// <c>deploy/crds/boards.orleanslife.io.yaml</c>). Default none.
    /// </summary>
    public IList<string> CustomResourceDefinitionFiles { get; } = [];

    /// <summary>
    /// Namespaces to create on start besides <c>default</c>, <c>kube-system</c>, <c>kube-public</c> and
    /// <c>kube-node-lease</c>, which always exist. Default none.
    /// </summary>
    public IList<string> Namespaces { get; } = [];

    /// <summary>Where the hosted service writes a kubeconfig for kubectl. Default <c>.orleanslife/kubeconfig</c>; null writes none.</summary>
    public string? KubeconfigPath { get; set; } = Path.Combine(".orleanslife", "kubeconfig");

    /// <summary>The namespace the written kubeconfig's context selects. Default <c>default</c>.</summary>
    public string KubeconfigNamespace { get; set; } = "default";

    /// <summary>Faults to inject into requests, for testing clients. Default none.</summary>
    public FaultInjectionOptions Faults { get; set; } = new();
}
