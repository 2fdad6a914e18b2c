using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Operator.Boards.Objects;

/// <summary>A random initial soup: the chance each cell starts alive, and a seed to make it repeatable.</summary>
public sealed class BoardRandom
{
    /// <summary>Probability in [0, 1] that a cell starts alive.</summary>
    public double? Density { get; set; }

    /// <summary>Seed of the generator; unset picks one.</summary>
    public long? Seed { get; set; }

    /// <summary>Fields this client does not model, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
