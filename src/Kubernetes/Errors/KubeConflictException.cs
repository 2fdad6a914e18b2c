using System.Net;
using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Errors;

/// <summary>409 with reason <c>Conflict</c>: the object changed since it was read (stale <c>resourceVersion</c>); re-read and try again.</summary>
public sealed class KubeConflictException : KubeApiException
{
    /// <summary>Creates the exception from the server's Status body.</summary>
    public KubeConflictException(Status? status, string? message = null)
        : base(HttpStatusCode.Conflict, status, message)
    {
    }
}
