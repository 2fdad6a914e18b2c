namespace OrleansLife.Silo.Kubernetes;

/// <summary>Which Kubernetes API the silo's boards live in (<c>--kube</c>).</summary>
public enum KubeMode
{
    /// <summary>The cluster the silo runs in, else the kubeconfig's, else the embedded emulator when there is neither.</summary>
    Auto,

    /// <summary>An API emulator inside the silo, with a kubeconfig written for kubectl.</summary>
    Emulator,

    /// <summary>A real cluster: in-cluster when the silo runs in a pod, else the kubeconfig's current (or named) context.</summary>
    Cluster,

    /// <summary>No Kubernetes: boards live in the grains only, and have no pods.</summary>
    None,
}
