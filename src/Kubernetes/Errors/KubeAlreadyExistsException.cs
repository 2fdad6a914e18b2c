using System.Net;
using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Errors;

/// <summary>409 with reason <c>AlreadyExists</c>: a create named an object that exists. A caller retrying its own create may treat this as success.</summary>
public sealed class KubeAlreadyExistsException : KubeApiException
{
    /// <summary>Creates the exception from the server's Status body.</summary>
    public KubeAlreadyExistsException(Status? status, string? message = null)
        : base(HttpStatusCode.Conflict, status, message)
    {
    }
}
