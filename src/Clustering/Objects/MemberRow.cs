using System.Text.Json.Serialization;

namespace OrleansLife.Clustering.Objects;

/// <summary>
/// One silo's row of the membership table, as stored. Times are kept as round-trip ("O") strings, so that a row reads
/// back exactly as it was written (Orleans compares rows it wrote with rows it reads).
/// </summary>
public sealed class MemberRow
{
    /// <summary>The silo's address with its generation, in Orleans' parsable form, such as <c>127.0.0.1:11111@432</c>.</summary>
    [JsonPropertyName("siloAddress")]
    public string SiloAddress { get; set; } = "";

    /// <summary>The row's etag: the table etag when the row was last inserted or updated.</summary>
    [JsonPropertyName("etag")]
    public long Etag { get; set; }

    /// <summary>Orleans' silo status: Created, Joining, Active, ShuttingDown, Stopping or Dead.</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = "";

    [JsonPropertyName("proxyPort")]
    public int ProxyPort { get; set; }

    [JsonPropertyName("hostName")]
    public string? HostName { get; set; }

    [JsonPropertyName("siloName")]
    public string? SiloName { get; set; }

    [JsonPropertyName("roleName")]
    public string? RoleName { get; set; }

    [JsonPropertyName("updateZone")]
    public int UpdateZone { get; set; }

    [JsonPropertyName("faultZone")]
    public int FaultZone { get; set; }

    [JsonPropertyName("startTime")]
    public string StartTime { get; set; } = "";

    [JsonPropertyName("iAmAliveTime")]
    public string IAmAliveTime { get; set; } = "";

    /// <summary>Votes of silos that suspect this one, for Orleans' death declaration.</summary>
    [JsonPropertyName("suspectTimes")]
    public IList<SuspectVote>? SuspectTimes { get; set; }
}
