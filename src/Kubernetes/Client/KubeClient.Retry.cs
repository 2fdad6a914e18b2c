using OrleansLife.Kubernetes.Errors;

namespace OrleansLife.Kubernetes.Client;

/// <summary>
/// The retry policy. A failed attempt is repeated (up to <c>MaxRetries</c> times, after the server's Retry-After or
/// else an exponential, jittered backoff) when repeating it cannot do something twice:
/// <list type="bullet">
/// <item>429 Too Many Requests, for every verb: the server turned the request away before acting on it.</item>
/// <item>5xx, timeouts and network failures, for every verb except create. Reads are safe to repeat; a repeated
/// merge patch lands the same; a repeated replace or delete that had in fact succeeded surfaces as a 409 Conflict
/// or 404 Not Found, which the caller must be ready for anyway.</item>
/// <item>A create (POST) is otherwise repeated only when the connection could not even be opened. After a 5xx or a
/// dropped connection it may have succeeded, so the error goes to the caller, who may retry and should then treat
/// <see cref="KubeAlreadyExistsException"/> as success.</item>
/// </list>
/// </summary>
public sealed partial class KubeClient
{
    internal static bool MayRetry(KubeRequest request, Exception failure)
    {
        var isCreate = request.Method == HttpMethod.Post;
        return failure switch
        {
            KubeTooManyRequestsException => true,
            KubeServerException => !isCreate,
            TimeoutException => !isCreate,
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => true,
            HttpRequestException http => !isCreate && IsTransient(http),
            _ => false,
        };
    }

    /// <summary>Network failures that another attempt may not meet; TLS, protocol and configuration errors will recur.</summary>
    private static bool IsTransient(HttpRequestException exception) => exception.HttpRequestError
        is HttpRequestError.Unknown
        or HttpRequestError.ResponseEnded
        or HttpRequestError.HttpProtocolError
        or HttpRequestError.ProxyTunnelError;
}
