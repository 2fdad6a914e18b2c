using System.Net;
using System.Text.Json;
using OrleansLife.Kubernetes.Meta;
using OrleansLife.Kubernetes.Serialization;

namespace OrleansLife.Kubernetes.Errors;

/// <summary>Turns a failed answer (status code, Status body, Retry-After) into the matching typed exception.</summary>
internal static class KubeApiErrors
{
    public static KubeApiException Create(HttpStatusCode code, Status? status, TimeSpan? retryAfter = null, string? message = null)
    {
        var reason = status?.Reason;
        return (int)code switch
        {
            401 => new KubeUnauthorizedException(status, message),
            403 => new KubeForbiddenException(status, message),
            404 => new KubeNotFoundException(status, message),
            409 when reason == "AlreadyExists" => new KubeAlreadyExistsException(status, message),
            409 => new KubeConflictException(status, message),
            410 => new KubeGoneException(status, message),
            422 => new KubeInvalidException(status, message),
            429 => new KubeTooManyRequestsException(status, retryAfter ?? SecondsOrNull(status?.Details?.RetryAfterSeconds), message),
            >= 500 => new KubeServerException(code, status, message),
            _ => new KubeApiException(code, status, message),
        };
    }

    /// <summary>Maps a Status carried by a watch ERROR event, whose HTTP status was 200.</summary>
    public static KubeApiException FromStatus(Status status) =>
        Create((HttpStatusCode)(status.Code == 0 ? 500 : status.Code), status);

    /// <summary>Parses a failed answer's body as a Status; a body that is not one (a proxy's HTML page) becomes the message.</summary>
    public static KubeApiException FromBody(HttpStatusCode code, string body, TimeSpan? retryAfter)
    {
        Status? status = null;
        try
        {
            status = body.Length > 0 ? JsonSerializer.Deserialize<Status>(body, KubeJson.Options) : null;
        }
        catch (JsonException)
        {
            // Not JSON at all (a proxy's error page): the raw body becomes the message below.
        }

        var isStatus = status is { Kind: "Status" } || status?.Reason is not null;
        var message = isStatus ? null : $"The API server answered {(int)code} {code}: {Truncate(body)}";
        return Create(code, isStatus ? status : null, retryAfter, message);
    }

    private static TimeSpan? SecondsOrNull(int? seconds) => seconds is > 0 ? TimeSpan.FromSeconds(seconds.Value) : null;

    private static string Truncate(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
