using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Operator.Boards.Objects;

/// <summary>Reads and writes a <see cref="BoardCell"/> as the JSON array <c>[x,y]</c>.</summary>
internal sealed class BoardCellConverter : JsonConverter<BoardCell>
{
    public override BoardCell Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("A board cell must be an [x,y] array.");
        var x = ReadInt(ref reader);
        var y = ReadInt(ref reader);
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw new JsonException("A board cell must have exactly two coordinates.");
        return new BoardCell(x, y);
    }

    public override void Write(Utf8JsonWriter writer, BoardCell value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.X);
        writer.WriteNumberValue(value.Y);
        writer.WriteEndArray();
    }

    private static int ReadInt(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.Number) throw new JsonException("A board cell must have exactly two coordinates.");
        return reader.GetInt32();
    }
}
