namespace OrleansLife.Operator.Client;

/// <summary>
/// Where the Kubernetes client connects and how hard it may push the API server. Connection: an explicit
/// <see cref="Server"/> wins; otherwise in-cluster when available (or forced by <see cref="InCluster"/>); otherwise the
/// kubeconfig. The rate limit, retries and per-request timeout are OrleansLife's own, added to KubernetesClient as
/// delegating handlers.
/// </summary>
public sealed class KubeClientOptions
{
    /// <summary>Connect to this address directly, without credentials (an API emulator). Default: null.</summary>
    public Uri? Server { get; set; }

    /// <summary>true forces the service-account configuration, false forbids it; default null uses it when running in a pod.</summary>
    public bool? InCluster { get; set; }

    /// <summary>The kubeconfig file. Default: null, meaning <c>KUBECONFIG</c>, else <c>~/.kube/config</c>.</summary>
    public string? KubeConfigPath { get; set; }

    /// <summary>The kubeconfig context. Default: null, meaning its <c>current-context</c>.</summary>
    public string? Context { get; set; }

    /// <summary>Overrides the namespace used when a call names none. Default: null (the context's, else <c>default</c>).</summary>
    public string? Namespace { get; set; }

    /// <summary>Sustained requests per second (token refill rate). Default: 50.</summary>
    public double Qps { get; set; } = 50;

    /// <summary>Requests that may go out at once before <see cref="Qps"/> applies (bucket size). Default: 100.</summary>
    public int Burst { get; set; } = 100;

    /// <summary>Retries after the first attempt for 429, 5xx and network failures. Default: 4.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>Scale of the first retry's backoff, doubled per retry, with jitter. Default: 200 ms.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Cap on any retry delay, including a server's Retry-After. Default: 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one attempt of a non-watch request, and for a watch's response headers. Default: 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The User-Agent of every request: API servers write it into their audit logs and take it, up to its first slash,
    /// as the field manager of a write. Default: null, meaning <see cref="DefaultUserAgent"/>; a silo sends its name too.
    /// </summary>
    public string? UserAgent { get; set; }

    /// <summary><c>orleanslife/&lt;version&gt;</c>, the product and its version, as client-go's controllers name themselves.</summary>
    public static string DefaultUserAgent { get; } =
        $"orleanslife/{typeof(KubeClientOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"}";
}
