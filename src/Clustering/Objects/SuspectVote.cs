using System.Text.Json.Serialization;

namespace OrleansLife.Clustering.Objects;

/// <summary>One silo's vote that the row's silo may be dead, and when it was cast.</summary>
public sealed class SuspectVote
{
    /// <summary>The voter's address in Orleans' parsable form.</summary>
    [JsonPropertyName("siloAddress")]
    public string SiloAddress { get; set; } = "";

    /// <summary>When the vote was cast, as a round-trip ("O") UTC string.</summary>
    [JsonPropertyName("time")]
    public string Time { get; set; } = "";
}
