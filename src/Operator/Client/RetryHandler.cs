using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace OrleansLife.Operator.Client;

/// <summary>
/// Bounded retries and a per-attempt timeout, which KubernetesClient lacks. A failed attempt is repeated (up to
/// <see cref="KubeClientOptions.MaxRetries"/> times, after the server's Retry-After or else an exponential, jittered
/// backoff) when repeating it cannot do something twice:
/// <list type="bullet">
/// <item>429 Too Many Requests, for every verb: the server turned the request away before acting on it.</item>
/// <item>5xx, timeouts and network failures, for every verb except create. Reads are safe to repeat; a repeated
/// merge patch lands the same; a repeated replace or delete that had in fact succeeded surfaces as a 409 Conflict or
/// 404 Not Found, which the caller must be ready for anyway.</item>
/// <item>A create (POST) is otherwise repeated only when the connection could not even be opened: after a 5xx or a
/// dropped connection it may have succeeded, so the caller decides, and should treat 409 AlreadyExists as success.</item>
/// </list>
/// The last failed answer is handed on as it is, for KubernetesClient to raise as an <c>HttpOperationException</c>.
/// </summary>
internal sealed partial class RetryHandler(KubeClientOptions options, TimeProvider time, ILogger logger, KubeClientMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isWatch = KubeRequestKind.IsWatch(request.RequestUri);
        var isCreate = request.Method == HttpMethod.Post;
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage? response = null;
            Exception? failure = null;
            using (var timeout = new CancellationTokenSource(options.RequestTimeout, time))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
            {
                try
                {
                    response = await base.SendAsync(request, linked.Token).ConfigureAwait(false);
                    // A watch streams for as long as it lasts; any other answer is read within the attempt's time.
                    if (!isWatch) await response.Content.LoadIntoBufferAsync(linked.Token).ConfigureAwait(false);
                }
                catch (HttpRequestException ex)
                {
                    response?.Dispose();
                    (response, failure) = (null, ex);
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    response?.Dispose();
                    (response, failure) = (null, new TimeoutException(
                        $"Kubernetes {request.Method} {request.RequestUri?.AbsolutePath} took longer than {options.RequestTimeout}.", ex));
                }
            }

            var retry = response is null ? MayRetry(failure!, isCreate) : MayRetry(response.StatusCode, isCreate);
            if (!retry || attempt > options.MaxRetries)
            {
                if (response is not null) return response;
                throw failure!;
            }

            var delay = (response is null ? null : RetryAfter(response.Headers))
                ?? Backoff.Exponential(attempt, options.InitialRetryDelay, options.MaxRetryDelay, Random.Shared.NextDouble());
            delay = delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay;
            var reason = response is null ? failure!.Message : $"{(int)response.StatusCode} {response.ReasonPhrase}";
            response?.Dispose();
            metrics.RecordRetry();
            Retrying(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? "", reason, attempt, delay);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static bool MayRetry(HttpStatusCode status, bool isCreate) =>
        status == HttpStatusCode.TooManyRequests || ((int)status >= 500 && !isCreate);

    internal static bool MayRetry(Exception failure, bool isCreate) => failure switch
    {
        TimeoutException => !isCreate,
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => true,
        HttpRequestException http => !isCreate && IsTransient(http),
        _ => false,
    };

    /// <summary>Network failures that another attempt may not meet; TLS, protocol and configuration errors will recur.</summary>
    private static bool IsTransient(HttpRequestException exception) => exception.HttpRequestError
        is HttpRequestError.Unknown
        or HttpRequestError.ResponseEnded
        or HttpRequestError.HttpProtocolError
        or HttpRequestError.ProxyTunnelError;

    /// <summary>Retry-After as seconds or as a date (measured on the injected clock).</summary>
    private TimeSpan? RetryAfter(HttpResponseHeaders headers) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Kubernetes {Method} {Path} failed ({Reason}); retry {Attempt} in {Delay}")]
    private static partial void Retrying(ILogger logger, string method, string path, string reason, int attempt, TimeSpan delay);
}
