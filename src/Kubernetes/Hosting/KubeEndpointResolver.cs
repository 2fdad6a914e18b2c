using OrleansLife.Kubernetes.Configuration;

namespace OrleansLife.Kubernetes.Hosting;

/// <summary>Chooses the endpoint the options describe: an explicit server, else in-cluster, else the kubeconfig.</summary>
internal static class KubeEndpointResolver
{
    public static KubeEndpoint Resolve(KubeClientOptions options, TimeProvider time, Func<string, string?>? environment = null)
    {
        if (options.Server is { } server) return new KubeEndpoint(server);
        var inCluster = options.InCluster ?? InClusterConfig.IsAvailable(options.ServiceAccountDirectory, environment);
        return inCluster
            ? InClusterConfig.Load(options.ServiceAccountDirectory, time, environment)
            : KubeConfigLoader.Load(options.KubeConfigPath, options.Context, time, environment);
    }
}
