using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OrleansLife.Kubernetes.Configuration;
using OrleansLife.Kubernetes.Diagnostics;
using OrleansLife.Kubernetes.Hosting;
using OrleansLife.Kubernetes.Meta;
using OrleansLife.Kubernetes.Throttling;

namespace OrleansLife.Kubernetes.Client;

/// <summary>
/// OrleansLife's own Kubernetes client: typed resource clients over one HTTP connection pool, with a client-side
/// token-bucket rate limit and bounded retries (see <see cref="KubeClientOptions"/> and <c>KubeClient.Retry.cs</c>).
/// </summary>
public sealed partial class KubeClient : IKubeClient, IDisposable
{
    private readonly KubeEndpoint _endpoint;
    private readonly KubeClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HttpClient _http;
    private readonly TokenBucket _bucket;

    /// <summary>Creates a client for <paramref name="endpoint"/>.</summary>
    public KubeClient(
        KubeEndpoint endpoint,
        KubeClientOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<KubeClient>? logger = null,
        KubeClientMetrics? metrics = null)
    {
        _endpoint = endpoint;
        _options = options ?? new KubeClientOptions();
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<KubeClient>.Instance;
        Metrics = metrics ?? new KubeClientMetrics();
        _bucket = new TokenBucket(_options.Qps, _options.Burst, _time);
        DefaultNamespace = _options.Namespace ?? endpoint.Namespace;
        _http = new HttpClient(CreateHandler(endpoint), disposeHandler: true)
        {
            BaseAddress = new Uri(endpoint.Server.AbsoluteUri.TrimEnd('/') + "/"),
            // Attempts are timed by RequestTimeout on the injected clock; a watch must be allowed to run for hours.
            Timeout = Timeout.InfiniteTimeSpan,
            DefaultRequestVersion = System.Net.HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(KubeRequest.Json));
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("OrleansLife.Kubernetes", "1.0"));
    }

    /// <inheritdoc />
    public string DefaultNamespace { get; }

    /// <summary>Call, throttle, retry and watch-restart counts.</summary>
    public KubeClientMetrics Metrics { get; }

    /// <inheritdoc />
    public IKubeResourceClient<T> Resource<T>(KubeResource resource)
        where T : KubeObject => new KubeResourceClient<T>(this, resource);

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static SocketsHttpHandler CreateHandler(KubeEndpoint endpoint)
    {
        // Over TLS, HTTP/2 lets many watches share a connection instead of holding one each.
        var handler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true };
        if (endpoint.ClientCertificate is { } certificate)
        {
            // Always offer the certificate, whatever issuers the server says it accepts.
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate;
        }

        if (endpoint.InsecureSkipTlsVerify)
        {
            // The kubeconfig's insecure-skip-tls-verify is an explicit opt-in to exactly this.
#pragma warning disable CA5359
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
#pragma warning restore CA5359
        }
        else if (endpoint.CertificateAuthority is { } authority)
        {
            var policy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                // Cluster CAs publish no revocation lists.
                RevocationMode = X509RevocationMode.NoCheck,
            };
            policy.CustomTrustStore.AddRange(authority);
            handler.SslOptions.CertificateChainPolicy = policy;
        }

        return handler;
    }
}
