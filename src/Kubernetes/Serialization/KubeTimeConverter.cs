using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Serialization;

/// <summary>
/// Reads and writes <c>metav1.Time</c>: RFC 3339 in UTC to whole seconds (<c>2024-05-01T12:00:00Z</c>), the only
/// form the API server emits.
/// </summary>
public sealed class KubeTimeConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    internal static DateTimeOffset Parse(string? text) =>
        DateTimeOffset.Parse(text ?? throw new JsonException("A timestamp must be a string."),
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
