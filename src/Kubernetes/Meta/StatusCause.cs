using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Meta;

/// <summary>One reason a request failed, usually tied to a field of the submitted object.</summary>
public sealed class StatusCause
{
    /// <summary>A machine-readable reason such as <c>FieldValueRequired</c>.</summary>
    public string? Reason { get; set; }

    /// <summary>A human-readable description.</summary>
    public string? Message { get; set; }

    /// <summary>The offending field's path, such as <c>spec.width</c>.</summary>
    public string? Field { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
