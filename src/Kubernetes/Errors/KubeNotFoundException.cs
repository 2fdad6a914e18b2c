using System.Net;
using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Errors;

/// <summary>404: the object (or its namespace, or the resource type) does not exist.</summary>
public sealed class KubeNotFoundException : KubeApiException
{
    /// <summary>Creates the exception from the server's Status body.</summary>
    public KubeNotFoundException(Status? status, string? message = null)
        : base(HttpStatusCode.NotFound, status, message)
    {
    }
}
