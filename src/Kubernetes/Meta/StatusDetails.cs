using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Meta;

/// <summary>The object a <see cref="Status"/> is about, why it failed field by field, and when to retry.</summary>
public sealed class StatusDetails
{
    /// <summary>The object's name.</summary>
    public string? Name { get; set; }

    /// <summary>The object's API group.</summary>
    public string? Group { get; set; }

    /// <summary>The object's kind.</summary>
    public string? Kind { get; set; }

    /// <summary>The object's UID.</summary>
    public string? Uid { get; set; }

    /// <summary>Field-level reasons, such as each invalid field of a 422.</summary>
    public IList<StatusCause>? Causes { get; set; }

    /// <summary>Seconds the client should wait before retrying, when the server suggests it.</summary>
    public int? RetryAfterSeconds { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
