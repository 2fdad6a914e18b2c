using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansLife.Kubernetes.Serialization;

/// <summary>
/// Reads and writes <c>metav1.MicroTime</c> (lease times): RFC 3339 in UTC with exactly six fractional digits,
/// because the API server rejects any other precision for these fields.
/// </summary>
public sealed class KubeMicroTimeConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        KubeTimeConverter.Parse(reader.GetString());

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
}
