using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OrleansLife.KubeEmulator.Http;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Resources;
using OrleansLife.KubeEmulator.Selectors;
using OrleansLife.KubeEmulator.Storage;
using OrleansLife.KubeEmulator.Tables;

namespace OrleansLife.KubeEmulator.Watching;

/// <summary>
/// The response side of a watch: newline-delimited <c>{"type":…,"object":…}</c> events on a chunked 200 response, each
/// object rendered as the client negotiated (plain, Table with headers only on the first event, or metadata only).
/// </summary>
internal sealed class WatchStream(HttpContext http, ResourceType type, OutputFormat format, TableRequest table, TimeProvider time)
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private bool _headersSent;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        http.Response.StatusCode = 200;
        http.Response.ContentType = format.ContentType;
        return http.Response.StartAsync(cancellationToken);
    }

    public void WriteIfVisible(StoreEvent change, ObjectFilter filter)
    {
        if (WatchEvents.Filter(change, filter) is var (eventType, obj)) WriteEvent(eventType, obj);
    }

    public void WriteBookmark(long resourceVersion, bool initialEventsEnd)
    {
        var metadata = new JsonObject { ["resourceVersion"] = resourceVersion.ToString(CultureInfo.InvariantCulture) };
        if (initialEventsEnd) metadata["annotations"] = new JsonObject { ["k8s.io/initial-events-end"] = "true" };
        var bookmark = new JsonObject { ["kind"] = type.Kind, ["apiVersion"] = type.ApiVersion, ["metadata"] = metadata };
        WriteRaw("BOOKMARK", writer => bookmark.WriteTo(writer));
    }

    public void WriteError(JsonObject status) => WriteRaw("ERROR", writer => status.WriteTo(writer));

    public async Task FlushAsync(CancellationToken cancellationToken) => await http.Response.BodyWriter.FlushAsync(cancellationToken);

    private void WriteEvent(WatchEventType eventType, JsonObject obj) =>
        WriteRaw(eventType.ToString().ToUpperInvariant(), writer =>
        {
            switch (format.Kind)
            {
                case OutputKind.Table:
                    TableWriter.Write(writer, type, [obj], table with { NoHeaders = _headersSent, Now = time.GetUtcNow() }, null);
                    _headersSent = true;
                    break;
                case OutputKind.Metadata:
                    JsonOutput.WriteMetadata(writer, obj, format.MetaVersion);
                    break;
                default:
                    JsonOutput.WriteObject(writer, obj, type);
                    break;
            }
        });

    private void WriteRaw(string eventType, Action<Utf8JsonWriter> writeObject)
    {
        using (var writer = new Utf8JsonWriter(http.Response.BodyWriter, JsonWriting.Options))
        {
            writer.WriteStartObject();
            writer.WriteString("type", eventType);
            writer.WritePropertyName("object");
            writeObject(writer);
            writer.WriteEndObject();
        }
        http.Response.BodyWriter.Write(NewLine.AsSpan());
    }
}
