using System.Net;
using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Errors;

/// <summary>410: the requested <c>resourceVersion</c> is too old (compacted); the caller must list again and watch from the new version.</summary>
public sealed class KubeGoneException : KubeApiException
{
    /// <summary>Creates the exception from the server's Status body.</summary>
    public KubeGoneException(Status? status, string? message = null)
        : base(HttpStatusCode.Gone, status, message)
    {
    }
}
