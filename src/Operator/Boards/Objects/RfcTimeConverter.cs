using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Operator.Boards.Objects;

/// <summary>
/// Reads and writes <c>metav1.Time</c> as the API server emits it: RFC 3339 in UTC to whole seconds
/// (<c>2024-05-01T12:00:00Z</c>), which the Board schema's <c>date-time</c> format accepts and kubectl shows as written.
/// </summary>
internal sealed class RfcTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString() ?? throw new JsonException("A timestamp must be a string."),
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
