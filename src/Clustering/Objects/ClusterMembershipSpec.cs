using System.Text.Json.Serialization;

namespace OrleansLife.Clustering.Objects;

/// <summary>The membership table as stored: Orleans' table version, the counter etags are drawn from, and one row per silo.</summary>
public sealed class ClusterMembershipSpec
{
    /// <summary>Orleans' table version, as the last successful insert or update set it. Starts at 0.</summary>
    [JsonPropertyName("version")]
    public int Version { get; set; }

    /// <summary>
    /// Incremented by every insert and update; its value is the table version's etag, and a written row takes it as its
    /// own etag, so that no etag is ever handed out twice while the object lives.
    /// </summary>
    [JsonPropertyName("etag")]
    public long Etag { get; set; }

    /// <summary>One row per silo incarnation, dead ones included until cleaned up.</summary>
    [JsonPropertyName("members")]
    public IList<MemberRow> Members { get; set; } = [];
}
