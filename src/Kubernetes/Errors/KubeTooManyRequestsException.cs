using System.Net;
using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Errors;

/// <summary>429: the API server is shedding load (priority and fairness); wait <see cref="RetryAfter"/> before trying again.</summary>
public sealed class KubeTooManyRequestsException : KubeApiException
{
    /// <summary>Creates the exception from the server's Status body and Retry-After.</summary>
    public KubeTooManyRequestsException(Status? status, TimeSpan? retryAfter, string? message = null)
        : base(HttpStatusCode.TooManyRequests, status, message)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the server asked the client to wait, from <c>Retry-After</c> or the Status details.</summary>
    public TimeSpan? RetryAfter { get; }
}
