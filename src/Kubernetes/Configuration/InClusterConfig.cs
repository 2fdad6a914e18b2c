namespace OrleansLife.Kubernetes.Configuration;

/// <summary>
/// Resolves the pod's own service account to a <see cref="KubeEndpoint"/>: the API server from
/// <c>KUBERNETES_SERVICE_HOST</c>/<c>_PORT</c>, and from the service-account directory the CA (<c>ca.crt</c>), the
/// namespace, and the token, which is re-read as the kubelet rotates it.
/// </summary>
public static class InClusterConfig
{
    /// <summary>Where the kubelet mounts the service account: <c>/var/run/secrets/kubernetes.io/serviceaccount</c>.</summary>
    public const string DefaultServiceAccountDirectory = "/var/run/secrets/kubernetes.io/serviceaccount";

    /// <summary>True when running in a pod: the service environment variables are set and the token is mounted.</summary>
    public static bool IsAvailable(string? serviceAccountDirectory = null, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        return !string.IsNullOrEmpty(environment("KUBERNETES_SERVICE_HOST"))
            && !string.IsNullOrEmpty(environment("KUBERNETES_SERVICE_PORT"))
            && File.Exists(Path.Combine(serviceAccountDirectory ?? DefaultServiceAccountDirectory, "token"));
    }

    /// <summary>Loads the in-cluster configuration.</summary>
    /// <param name="serviceAccountDirectory">Where <c>token</c>, <c>ca.crt</c> and <c>namespace</c> live; null for the default.</param>
    /// <param name="timeProvider">Clock for re-reading the token.</param>
    /// <param name="environment">Reads environment variables; tests pass their own.</param>
    public static KubeEndpoint Load(
        string? serviceAccountDirectory = null, TimeProvider? timeProvider = null, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var directory = serviceAccountDirectory ?? DefaultServiceAccountDirectory;
        var host = environment("KUBERNETES_SERVICE_HOST");
        var port = environment("KUBERNETES_SERVICE_PORT");
        if (string.IsNullOrEmpty(host) || !int.TryParse(port, out var portNumber))
        {
            throw new KubeConfigException("Not in a cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be set.");
        }

        var tokenPath = Path.Combine(directory, "token");
        if (!File.Exists(tokenPath)) throw new KubeConfigException($"No service-account token at '{tokenPath}'.");
        var namespacePath = Path.Combine(directory, "namespace");
        var caPath = Path.Combine(directory, "ca.crt");
        return new KubeEndpoint(new UriBuilder(Uri.UriSchemeHttps, host, portNumber).Uri)
        {
            Namespace = File.Exists(namespacePath) ? File.ReadAllText(namespacePath).Trim() : "default",
            CertificateAuthority = File.Exists(caPath) ? Pem.Certificates(File.ReadAllText(caPath)) : null,
            Token = new FileTokenSource(tokenPath, timeProvider),
        };
    }
}
