using System.Net;
using OrleansLife.Kubernetes.Meta;

namespace OrleansLife.Kubernetes.Errors;

/// <summary>
/// The API server refused a request. Carries the HTTP status code and the <see cref="Meta.Status"/> body's reason
/// and message; subclasses name the outcomes callers branch on (not found, conflict, gone, …).
/// </summary>
public class KubeApiException : Exception
{
    /// <summary>Creates an exception for a failed call.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="status">The Status body, when the server sent one.</param>
    /// <param name="message">The message; defaults to the Status's message.</param>
    public KubeApiException(HttpStatusCode statusCode, Status? status, string? message = null)
        : base(message ?? status?.Message ?? $"The API server answered {(int)statusCode} {statusCode}.")
    {
        StatusCode = statusCode;
        Status = status;
    }

    /// <summary>The HTTP status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The machine-readable reason from the Status body, such as <c>AlreadyExists</c>.</summary>
    public string? Reason => Status?.Reason;

    /// <summary>The Status body, when the server sent one.</summary>
    public Status? Status { get; }
}
