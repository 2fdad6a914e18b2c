using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrleansLife.KubeEmulator.Json;

namespace OrleansLife.KubeEmulator.Http;

/// <summary>Writes a JSON response straight into the response pipe, with any warnings as <c>Warning: 299</c> headers.</summary>
internal static class ResponseWriter
{
    public static async Task WriteAsync(
        HttpContext http, int statusCode, Action<Utf8JsonWriter> write, CancellationToken cancellationToken,
        string contentType = "application/json", IEnumerable<string>? warnings = null)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = contentType;
        foreach (var warning in warnings ?? [])
        {
            http.Response.Headers.Append("Warning", $"299 - \"{warning.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
        }
        using (var writer = new Utf8JsonWriter(http.Response.BodyWriter, JsonWriting.Options))
        {
            write(writer);
        }
        await http.Response.BodyWriter.FlushAsync(cancellationToken);
    }
}
