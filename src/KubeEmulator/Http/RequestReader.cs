using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Resources;
using OrleansLife.KubeEmulator.Selectors;

namespace OrleansLife.KubeEmulator.Http;

/// <summary>Reads bodies and the common query parameters of API requests, answering malformed ones with 400 BadRequest.</summary>
internal static class RequestReader
{
    private const int MaxBodyBytes = 3 * 1024 * 1024;

    public static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBodyBytes) throw new ApiException(413, "RequestEntityTooLarge", "Request entity too large: limit is 3145728");
        return buffer.ToArray();
    }

    /// <summary>Parses a JSON or YAML object body, as the API server's serializers accept both.</summary>
    public static JsonObject ParseObject(byte[] body, string? contentType)
    {
        var mediaType = MediaType(contentType);
        if (mediaType == "application/vnd.kubernetes.protobuf")
        {
            return ProtobufBodies.TryDecode(body) ?? throw ApiErrors.UnsupportedMediaType(["application/json", "application/yaml"]);
        }
        if (mediaType is not ("application/json" or "application/yaml" or "" or "*/*"))
        {
            throw ApiErrors.UnsupportedMediaType(["application/json", "application/yaml"]);
        }
        try
        {
            var node = mediaType == "application/yaml" ? YamlJson.Parse(body) : JsonNode.Parse(body);
            return node as JsonObject ?? throw ApiErrors.BadRequest("Object 'Kind' is missing in the request body");
        }
        catch (Exception e) when (e is JsonException or YamlDotNet.Core.YamlException)
        {
            throw ApiErrors.BadRequest($"couldn't get version/kind; json parse error: {e.Message}");
        }
    }

    public static string MediaType(string? contentType) =>
        (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>A boolean query parameter read as the API server reads one: absent is false; present, anything but <c>0</c> or a case-insensitive <c>false</c> is true (so <c>watch=True</c> and a bare <c>?watch</c> both watch).</summary>
    public static bool Flag(HttpRequest request, string name) => OptionalFlag(request, name) ?? false;

    /// <summary>Like <see cref="Flag"/>, but null when the parameter is absent, for flags whose absence means something of its own.</summary>
    public static bool? OptionalFlag(HttpRequest request, string name)
    {
        if (!request.Query.TryGetValue(name, out var values) || values.Count == 0) return null;
        var value = values[0] ?? "";
        return value != "0" && !value.Equals("false", StringComparison.OrdinalIgnoreCase);
    }

    public static long? Int64(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0) return null;
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiErrors.BadRequest($"invalid value for {name}: \"{text}\"");
    }

    public static ObjectFilter Filter(HttpRequest request, ResourceType type) => new(
        LabelSelector.Parse(request.Query["labelSelector"].ToString()),
        FieldSelector.Parse(request.Query["fieldSelector"].ToString(), type));

    public static WriteOptions WriteOptions(HttpRequest request) => new(
        DryRun(request.Query["dryRun"].ToString()),
        request.Query["fieldValidation"].ToString() is { Length: > 0 } validation ? validation : null,
        request.Query["fieldManager"].ToString() is { Length: > 0 } manager ? manager : null)
    {
        UserAgentManager = request.Headers.UserAgent.ToString().Split('/')[0] is { Length: > 0 } agent ? agent[..Math.Min(agent.Length, 128)] : "unknown",
        Force = Flag(request, "force"),
    };

    /// <summary>DeleteOptions from the body (as kubectl sends them) overlaid with the query parameters.</summary>
    public static DeleteOptions DeleteOptions(HttpRequest request, byte[] body)
    {
        var options = body.Length == 0 ? new JsonObject() : ParseObject(body, "application/json");
        var preconditions = options.GetObject("preconditions");
        var policy = request.Query["propagationPolicy"].ToString() is { Length: > 0 } queried ? queried : options.GetString("propagationPolicy");
        var orphan = OptionalFlag(request, "orphanDependents") ?? options.GetBoolean("orphanDependents");
        policy ??= orphan switch { true => "Orphan", false => "Background", _ => null };
        if (policy is not (null or "Foreground" or "Background" or "Orphan"))
        {
            throw ApiErrors.Invalid("meta.k8s.io", "DeleteOptions", "",
                [FieldError.NotSupported("propagationPolicy", policy, ["Foreground", "Background", "Orphan", "nil"])]);
        }
        var dryRun = DryRun(request.Query["dryRun"].ToString())
            || options.GetArray("dryRun")?.Any(d => JsonNodes.ScalarText(d) == "All") == true;
        return new DeleteOptions(
            Int64(request, "gracePeriodSeconds") ?? options.GetInt64("gracePeriodSeconds"),
            policy,
            preconditions.GetString("uid"),
            preconditions.GetString("resourceVersion"),
            dryRun);
    }

    private static bool DryRun(string value) => value switch
    {
        "" => false,
        "All" => true,
        _ => throw ApiErrors.BadRequest($"Invalid dry run value: {value}"),
    };
}
