using System.Net;
using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Errors;

/// <summary>403: the caller is authenticated but not allowed to do this (RBAC), or the namespace is terminating.</summary>
public sealed class KubeForbiddenException : KubeApiException
{
    /// <summary>Creates the exception from the server's Status body.</summary>
    public KubeForbiddenException(Status? status, string? message = null)
        : base(HttpStatusCode.Forbidden, status, message)
    {
    }
}
