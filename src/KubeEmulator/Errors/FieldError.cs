using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Errors;

/// <summary>One validation failure on one field, worded the way apimachinery's <c>field.Error</c> words it.</summary>
internal sealed record FieldError(string Field, string Reason, string Body)
{
    public override string ToString() => $"{Field}: {Body}";

    public static FieldError Required(string field, string detail = "") =>
        new(field, "FieldValueRequired", detail.Length == 0 ? "Required value" : $"Required value: {detail}");

    public static FieldError Invalid(string field, JsonNode? value, string detail) =>
        new(field, "FieldValueInvalid", $"Invalid value: {Quote(value)}: {detail}");

    public static FieldError Invalid(string field, string value, string detail) =>
        Invalid(field, JsonValue.Create(value), detail);

    public static FieldError Forbidden(string field, string detail) => new(field, "FieldValueForbidden", $"Forbidden: {detail}");

    public static FieldError NotSupported(string field, string value, IEnumerable<string> supported) =>
        new(field, "FieldValueNotSupported",
            $"Unsupported value: {Quote(JsonValue.Create(value))}: supported values: {string.Join(", ", supported.Select(s => Quote(JsonValue.Create(s))))}");

    public static FieldError Duplicate(string field, string value) =>
        new(field, "FieldValueDuplicate", $"Duplicate value: {Quote(JsonValue.Create(value))}");

    public static FieldError TypeInvalid(string field, JsonNode? value, string detail) =>
        new(field, "FieldValueTypeInvalid", $"Invalid value: {Quote(value)}: {detail}");

    /// <summary>Go's <c>%q</c> for strings and <c>%v</c> for everything else, close enough for error messages.</summary>
    internal static string Quote(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonSerializer.Serialize(v.GetValue<string>(), QuoteOptions),
        JsonValue v => v.ToJsonString(),
        JsonObject => "\"object\"",
        JsonArray => "\"array\"",
        _ => value.ToJsonString(),
    };

    private static readonly JsonSerializerOptions QuoteOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
