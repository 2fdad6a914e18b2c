using System.Net;
using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Errors;

/// <summary>401: the credentials are missing, wrong or expired.</summary>
public sealed class KubeUnauthorizedException : KubeApiException
{
    /// <summary>Creates the exception from the server's Status body.</summary>
    public KubeUnauthorizedException(Status? status, string? message = null)
        : base(HttpStatusCode.Unauthorized, status, message)
    {
    }
}
