namespace OrleansLife.Operator.Pods;

/// <summary>
/// What a live cell's pod looks like: image, namespace, resources and termination grace. Every pod is hardened the
/// same way regardless (non-root, read-only root filesystem, no privilege escalation, all capabilities dropped,
/// the runtime's default seccomp profile), so it passes the restricted Pod Security Standard.
/// </summary>
public sealed class CellPodOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "CellPods";

    /// <summary>The image each cell runs; it only has to stay up. Default <c>registry.k8s.io/pause:3.10</c>.</summary>
    public string Image { get; set; } = "registry.k8s.io/pause:3.10";

    /// <summary>The namespace the pods live in. Default null: the Kubernetes client's default namespace.</summary>
    public string? Namespace { get; set; }

    /// <summary>CPU the scheduler reserves per cell. Default <c>1m</c>.</summary>
    public string CpuRequest { get; set; } = "1m";

    /// <summary>Memory the scheduler reserves per cell. Default <c>4Mi</c>.</summary>
    public string MemoryRequest { get; set; } = "4Mi";

    /// <summary>The most CPU a cell may use. Default <c>10m</c>.</summary>
    public string CpuLimit { get; set; } = "10m";

    /// <summary>The most memory a cell may use. Default <c>8Mi</c>.</summary>
    public string MemoryLimit { get; set; } = "8Mi";

    /// <summary>Seconds a dying cell's pod gets between SIGTERM and SIGKILL. Default 1, so dead cells vanish quickly.</summary>
    public long TerminationGracePeriodSeconds { get; set; } = 1;

    /// <summary>The non-root user the container runs as. Default 65535 (<c>nobody</c>, the pause image's own user).</summary>
    public long RunAsUser { get; set; } = 65535;

    /// <summary>Extra labels for every cell pod, such as a team or cost-centre label; the operator's own keys
    /// (<see cref="CellPodLabels.Reserved"/>) may not be overridden. Default none.</summary>
    public IDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
