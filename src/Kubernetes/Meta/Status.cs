using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Meta;

/// <summary>The server's account of a failed (or status-only) call: HTTP code, machine reason and message.</summary>
public sealed class Status
{
    /// <summary>Always <c>v1</c>.</summary>
    public string? ApiVersion { get; set; } = "v1";

    /// <summary>Always <c>Status</c>.</summary>
    public string? Kind { get; set; } = "Status";

    /// <summary>List metadata (rarely set).</summary>
    public ListMeta? Metadata { get; set; }

    /// <summary><c>Success</c> or <c>Failure</c>.</summary>
    [JsonPropertyName("status")]
    public string? Outcome { get; set; }

    /// <summary>A human-readable description.</summary>
    public string? Message { get; set; }

    /// <summary>A machine-readable CamelCase reason such as <c>NotFound</c>, <c>AlreadyExists</c> or <c>Conflict</c>.</summary>
    public string? Reason { get; set; }

    /// <summary>Which object the status is about, and field-level causes.</summary>
    public StatusDetails? Details { get; set; }

    /// <summary>The HTTP status code, or 0 when unset.</summary>
    public int Code { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
