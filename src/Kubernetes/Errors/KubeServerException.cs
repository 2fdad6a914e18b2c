using System.Net;
using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Errors;

/// <summary>5xx: the API server (or something in front of it) failed; the request may or may not have taken effect.</summary>
public sealed class KubeServerException : KubeApiException
{
    /// <summary>Creates the exception for a 5xx answer.</summary>
    public KubeServerException(HttpStatusCode statusCode, Status? status, string? message = null)
        : base(statusCode, status, message)
    {
    }
}
