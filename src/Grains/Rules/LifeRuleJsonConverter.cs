using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Grains.Rules;

/// <summary>Writes a rule as its B/S notation ("B3/S23"), the form people and other silos both read.</summary>
public sealed class LifeRuleJsonConverter : JsonConverter<LifeRule>
{
    public override LifeRule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LifeRule.TryParse(reader.GetString(), out var rule, out var error) ? rule : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, LifeRule value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
