using k8s;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OrleansLife.Operator.Client;

/// <summary>
/// Makes KubernetesClient's <see cref="Kubernetes"/> with what OrleansLife adds in front of the wire, outermost first:
/// watches that close when cancelled, retries with a per-attempt timeout, the client-side rate limit, request counting
/// (so that every attempt is both rate-limited and counted), and OrleansLife's User-Agent.
/// </summary>
public static class KubeClientFactory
{
    /// <summary>A client for <paramref name="configuration"/>; the caller disposes it.</summary>
    public static Kubernetes Create(
        KubernetesClientConfiguration configuration,
        KubeClientOptions? options = null,
        KubeClientMetrics? metrics = null,
        TimeProvider? timeProvider = null,
        ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        options ??= new KubeClientOptions();
        metrics ??= new KubeClientMetrics();
        var time = timeProvider ?? TimeProvider.System;
        return new Kubernetes(
            configuration,
            new WatchAbortHandler(),
            new RetryHandler(options, time, logger ?? NullLogger.Instance, metrics),
            new RateLimitHandler(new TokenBucket(options.Qps, options.Burst, time)),
            new MetricsHandler(metrics),
            new UserAgentHandler(options.UserAgent ?? KubeClientOptions.DefaultUserAgent));
    }

    /// <summary>The configuration of an API server reached directly over plain HTTP without credentials, such as an emulator.</summary>
    public static KubernetesClientConfiguration Direct(Uri server, string? @namespace = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new KubernetesClientConfiguration { Host = server.AbsoluteUri, Namespace = @namespace };
    }

    /// <summary>
    /// The configuration <paramref name="options"/> describe: an explicit server, else in-cluster when the silo runs in
    /// a pod (or is told to), else the kubeconfig file and context.
    /// </summary>
    public static KubernetesClientConfiguration Resolve(KubeClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Server is { } server) return Direct(server, options.Namespace);
        var configuration = options.InCluster ?? KubernetesClientConfiguration.IsInCluster()
            ? KubernetesClientConfiguration.InClusterConfig()
            // Of several files in KUBECONFIG the first that exists is read: KubernetesClient merges lists only internally.
            : KubeconfigLoader.Load(
                options.KubeConfigPath is { Length: > 0 } path ? path : KubeconfigFiles.Default().FirstOrDefault(File.Exists)
                    ?? KubernetesClientConfiguration.KubeConfigDefaultLocation,
                options.Context);
        if (options.Namespace is { Length: > 0 } @namespace) configuration.Namespace = @namespace;
        return configuration;
    }

    /// <summary>The namespace calls use when they name none: the configuration's, else <c>default</c>.</summary>
    public static string DefaultNamespace(KubernetesClientConfiguration configuration) =>
        configuration?.Namespace is { Length: > 0 } @namespace ? @namespace : "default";
}
