using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Serialization;

/// <summary>The JSON conventions of the Kubernetes API: camelCase names, nulls omitted, unknown fields kept.</summary>
public static class KubeJson
{
    /// <summary>Options every request and response body of this client is (de)serialized with.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
