using System.Text.Json;
using System.Text.Json.Serialization;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Api.Json;

/// <summary>Writes a cell as the pair <c>[x,y]</c> rather than an object: a board of a million cells stays a third the size.</summary>
public sealed class CoordinateJsonConverter : JsonConverter<Coordinate>
{
    public override Coordinate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("A cell must be an [x, y] pair.");
        var x = ReadNumber(ref reader);
        var y = ReadNumber(ref reader);
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw new JsonException("A cell must be an [x, y] pair.");
        return new Coordinate(x, y);
    }

    public override void Write(Utf8JsonWriter writer, Coordinate value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.X);
        writer.WriteNumberValue(value.Y);
        writer.WriteEndArray();
    }

    private static int ReadNumber(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.Number) throw new JsonException("A cell must be an [x, y] pair.");
        return reader.GetInt32();
    }
}
