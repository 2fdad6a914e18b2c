using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Tests.Testing;

/// <summary>Dotted-path reads on JSON for assertions, such as <c>body.Select("metadata.resourceVersion")</c>.</summary>
public static class JsonNodeExtensions
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Compact JSON with Go-like escaping (<c>+</c> and quotes stay readable), for exact comparisons.</summary>
    public static string Raw(this JsonNode node) => node.ToJsonString(Relaxed);

    public static JsonNode? Select(this JsonNode? node, string path)
    {
        foreach (var step in path.Split('.'))
        {
            node = node switch
            {
                JsonObject obj => obj[step],
                JsonArray array when int.TryParse(step, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }
        return node;
    }

    public static string? Text(this JsonNode? node, string path) => ApiResponse.JsonText(node.Select(path));

    public static long Long(this JsonNode? node, string path) => long.Parse(node.Text(path) ?? throw new InvalidOperationException($"{path} is missing"));
}
