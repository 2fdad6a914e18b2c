using System.Text.Json;
using System.Text.Json.Serialization;
using OrleansLife.Kubernetes.Serialization;

namespace OrleansLife.Kubernetes.Leases;

/// <summary>The holder of a lease and how long its claim lasts without renewal.</summary>
public sealed class LeaseSpec
{
    /// <summary>Identity of the current holder.</summary>
    public string? HolderIdentity { get; set; }

    /// <summary>Seconds a candidate must wait after <see cref="RenewTime"/> before taking the lease over.</summary>
    public int? LeaseDurationSeconds { get; set; }

    /// <summary>When the current holder acquired the lease.</summary>
    [JsonConverter(typeof(KubeMicroTimeConverter))]
    public DateTimeOffset? AcquireTime { get; set; }

    /// <summary>When the current holder last renewed the lease.</summary>
    [JsonConverter(typeof(KubeMicroTimeConverter))]
    public DateTimeOffset? RenewTime { get; set; }

    /// <summary>How many times the lease has changed hands.</summary>
    public int? LeaseTransitions { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
