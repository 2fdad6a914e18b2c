using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OrleansLife.KubeEmulator.Access;
using OrleansLife.KubeEmulator.Auditing;
using OrleansLife.KubeEmulator.Discovery;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Faults;
using OrleansLife.KubeEmulator.OpenApi;

namespace OrleansLife.KubeEmulator.Http;

/// <summary>
/// The emulator's single request entry: injects configured faults, routes discovery, OpenAPI and resource paths, and
/// turns every failure into the <c>Status</c> object the API server would send; each answered request goes to the audit.
/// </summary>
internal sealed partial class ApiDispatcher(
    ResourceHandler resources, AccessReviewHandler reviews, DiscoveryDocuments discovery, OpenApiDocuments openApi, OpenApiV2Document openApiV2, FaultInjector faults,
    Action<AuditEvent> audit, ILogger logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        // At trace level, a request log: what a client asked, for example which verbs a silo's Role must grant.
        LogRequest(logger, http.Request.Method, http.Request.Path, http.Request.QueryString);
        try
        {
            await AnswerAsync(http, cancellationToken);
        }
        finally
        {
            audit(new AuditEvent(http.Request.Method, http.Request.Path.Value ?? "", http.Request.QueryString.Value ?? "",
                http.Request.Headers.UserAgent.ToString(), http.Response.StatusCode));
        }
    }

    private async Task AnswerAsync(HttpContext http, CancellationToken cancellationToken)
    {
        try
        {
            await faults.BeforeRequestAsync(http, cancellationToken);
            await RouteAsync(http, http.Request.Path.Value?.Trim('/').Split('/') ?? [], cancellationToken);
        }
        catch (ApiException error)
        {
            LogFailed(logger, http.Request.Method, http.Request.Path, error.Code, error.Message);
            if (http.Response.HasStarted) return;
            if (error.RetryAfterSeconds is { } retryAfter) http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ResponseWriter.WriteAsync(http, error.Code, writer => error.ToStatus().WriteTo(writer), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client hung up; there is nobody left to answer.
        }
        catch (Exception unexpected)
        {
            LogCrashed(logger, unexpected, http.Request.Method, http.Request.Path);
            if (http.Response.HasStarted) return;
            var error = ApiErrors.Internal(unexpected.Message);
            await ResponseWriter.WriteAsync(http, 500, writer => error.ToStatus().WriteTo(writer), cancellationToken);
        }
    }

    private Task RouteAsync(HttpContext http, string[] s, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && s is not ["api", "v1", _, ..] and not ["apis", _, _, _, ..])
        {
            throw ApiErrors.PathNotFound();
        }
        return s switch
        {
            ["version"] => JsonAsync(http, KubernetesVersion.Document(), cancellationToken),
            ["healthz" or "livez" or "readyz"] => TextAsync(http, "ok", cancellationToken),
            ["api"] => JsonAsync(http, DiscoveryDocuments.ApiVersions(http.Request.Host.Value ?? ""), cancellationToken),
            ["api", var version] => JsonAsync(http, discovery.Resources("", version), cancellationToken),
            ["api", var version, ..] => resources.HandleAsync(http, Route("", version, s[2..]), cancellationToken),
            ["apis"] => JsonAsync(http, discovery.GroupList(), cancellationToken),
            ["apis", var group] => JsonAsync(http, discovery.Group(group), cancellationToken),
            ["apis", var group, var version] => JsonAsync(http, discovery.Resources(group, version), cancellationToken),
            ["apis", var group, var version, var plural] when AccessResources.Find(group, version, plural) is { } review =>
                reviews.HandleAsync(http, review, cancellationToken),
            ["apis", var group, var version, ..] => resources.HandleAsync(http, Route(group, version, s[3..]), cancellationToken),
            ["openapi", "v2"] => OpenApiV2Async(http, cancellationToken),
            ["openapi", "v3"] => JsonAsync(http, openApi.Root(), cancellationToken),
            ["openapi", "v3", ..] => JsonAsync(http, openApi.GroupVersion(string.Join('/', s[2..])), cancellationToken),
            _ => throw ApiErrors.PathNotFound(),
        };
    }

    private static ResourceRoute Route(string group, string version, string[] rest) =>
        ResourceRoute.Parse(group, version, rest) ?? throw ApiErrors.PathNotFound();

    private static Task JsonAsync(HttpContext http, JsonObject? document, CancellationToken cancellationToken) =>
        document is null
            ? throw ApiErrors.PathNotFound()
            : ResponseWriter.WriteAsync(http, 200, writer => document.WriteTo(writer), cancellationToken);

    private async Task OpenApiV2Async(HttpContext http, CancellationToken cancellationToken)
    {
        if (!http.Request.Headers.Accept.ToString().Contains("protobuf", StringComparison.Ordinal))
        {
            await JsonAsync(http, openApiV2.Json(), cancellationToken);
            return;
        }
        http.Response.ContentType = OpenApiV2Document.ProtobufMediaType;
        await http.Response.Body.WriteAsync(openApiV2.Protobuf(), cancellationToken);
    }

    private static async Task TextAsync(HttpContext http, string text, CancellationToken cancellationToken)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(text, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Trace, Message = "{Method} {Path}{Query}")]
    private static partial void LogRequest(ILogger logger, string method, PathString path, QueryString query);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} {Path} failed with {Code}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string method, PathString path, int code, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} crashed")]
    private static partial void LogCrashed(ILogger logger, Exception exception, string method, PathString path);
}
