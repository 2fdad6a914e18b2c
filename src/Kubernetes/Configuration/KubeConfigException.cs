namespace OrleansLife.Kubernetes.Configuration;

/// <summary>A kubeconfig or in-cluster configuration is missing, incomplete or refers to something that is not there.</summary>
public sealed class KubeConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KubeConfigException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
