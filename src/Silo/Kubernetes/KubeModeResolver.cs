using k8s;
using OrleansLife.Operator.Client;

namespace OrleansLife.Silo.Kubernetes;

/// <summary>Turns <c>--kube</c> (default auto) into a definite mode, the way a fresh machine should behave: a cluster when there is one, else the emulator.</summary>
public static class KubeModeResolver
{
    public static KubeMode Resolve(string? requested, string? kubeconfigPath, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var mode = Parse(requested);
        if (mode != KubeMode.Auto) return mode;
        if (KubernetesClientConfiguration.IsInCluster()) return KubeMode.Cluster;
        var kubeconfigs = kubeconfigPath is { Length: > 0 } path ? [path] : KubeconfigFiles.Default(environment);
        return kubeconfigs.Any(File.Exists) ? KubeMode.Cluster : KubeMode.Emulator;
    }

    private static KubeMode Parse(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested)) return KubeMode.Auto;
        foreach (var mode in Enum.GetValues<KubeMode>())
            if (string.Equals(requested, mode.ToString(), StringComparison.OrdinalIgnoreCase)) return mode;
        throw new InvalidOperationException($"Unknown --kube mode '{requested}'; expected auto, emulator, cluster or none.");
    }
}
