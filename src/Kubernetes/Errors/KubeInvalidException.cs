using System.Net;
using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Errors;

/// <summary>422: the object failed validation; <see cref="StatusDetails.Causes"/> lists the offending fields.</summary>
public sealed class KubeInvalidException : KubeApiException
{
    /// <summary>Creates the exception from the server's Status body.</summary>
    public KubeInvalidException(Status? status, string? message = null)
        : base(HttpStatusCode.UnprocessableEntity, status, message)
    {
    }
}
