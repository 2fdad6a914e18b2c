using System.Net;
using k8s.Autorest;

namespace OrleansLife.Operator.Client;

/// <summary>
/// Reads KubernetesClient's failures: an answer with an error status surfaces as an <see cref="HttpOperationException"/>
/// carrying the status code, a watch's ERROR event as a <see cref="k8s.KubernetesException"/> carrying the Status.
/// </summary>
public static class KubeErrors
{
    /// <summary>The HTTP status the API server answered with, or null when it did not answer.</summary>
    public static HttpStatusCode? StatusOf(Exception error) => error switch
    {
        HttpOperationException { Response: { } response } => response.StatusCode,
        k8s.KubernetesException { Status.Code: { } code } => (HttpStatusCode)code,
        _ => null,
    };

    /// <summary>404: no such object, or no such resource or namespace.</summary>
    public static bool IsNotFound(Exception error) => StatusOf(error) == HttpStatusCode.NotFound;

    /// <summary>409: a create found the name taken, or a write's precondition (uid, resourceVersion) failed.</summary>
    public static bool IsConflict(Exception error) => StatusOf(error) == HttpStatusCode.Conflict;

    /// <summary>410: a watch asked for a resource version the server no longer has; only a fresh list can go on.</summary>
    public static bool IsGone(Exception error) => StatusOf(error) == HttpStatusCode.Gone;

    /// <summary>
    /// The API server could not be reached, or failed, or refused this client: a problem of the store rather than of
    /// the request.
    /// </summary>
    public static bool IsUnavailable(Exception error) =>
        IsTransient(error) || StatusOf(error) is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    /// <summary>The API server could not be reached, was too busy (429), or failed (5xx): the same request may work later.</summary>
    public static bool IsTransient(Exception error) =>
        error is HttpRequestException or TimeoutException
        || StatusOf(error) is HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError;

    /// <summary>How long a 429 asked the client to wait, if it said.</summary>
    public static TimeSpan? RetryAfter(Exception error) =>
        error is HttpOperationException { Response.Headers: { } headers }
            && headers.FirstOrDefault(h => h.Key.Equals("Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault() is { } value
            && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
