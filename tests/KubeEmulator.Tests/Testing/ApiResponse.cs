using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Tests.Testing;

/// <summary>A response from the emulator: status, parsed JSON body (null when not JSON), headers and raw text.</summary>
public sealed record ApiResponse(HttpStatusCode Status, JsonObject? Body, HttpResponseHeaders Headers, string ContentType, string Text)
{
    public int Code => (int)Status;

    public JsonObject Json => Body ?? throw new InvalidOperationException($"Not a JSON object: {Text}");

    public string? this[string path] => JsonText(Json.Select(path));

    public static string? JsonText(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value => value.ToString(),
        _ => node.ToJsonString(),
    };
}
