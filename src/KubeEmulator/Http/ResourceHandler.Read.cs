using Microsoft.AspNetCore.Http;
using OrleansLife.KubeEmulator.Resources;
using OrleansLife.KubeEmulator.Tables;

namespace OrleansLife.KubeEmulator.Http;

internal sealed partial class ResourceHandler
{
    private Task GetAsync(HttpContext http, ResourceType type, string ns, string name, CancellationToken cancellationToken)
    {
        var format = OutputFormat.Negotiate(http.Request.Headers.Accept);
        var table = TableOptions(http, format);
        var obj = service.Get(type, ns, name);
        return ResponseWriter.WriteAsync(http, 200, writer =>
        {
            switch (format.Kind)
            {
                case OutputKind.Table:
                    TableWriter.Write(writer, type, [obj], table, null);
                    break;
                case OutputKind.Metadata:
                    JsonOutput.WriteMetadata(writer, obj, format.MetaVersion);
                    break;
                default:
                    JsonOutput.WriteObject(writer, obj, type);
                    break;
            }
        }, cancellationToken, format.ContentType);
    }

    private Task ListAsync(HttpContext http, ResourceType type, string? ns, CancellationToken cancellationToken)
    {
        var format = OutputFormat.Negotiate(http.Request.Headers.Accept);
        var table = TableOptions(http, format);
        var filter = RequestReader.Filter(http.Request, type);
        var limit = RequestReader.Int64(http.Request, "limit");
        var list = service.List(type, ns, filter, limit is > 0 ? (int)Math.Min(limit.Value, int.MaxValue) : null, http.Request.Query["continue"]);
        return ResponseWriter.WriteAsync(http, 200, writer =>
        {
            switch (format.Kind)
            {
                case OutputKind.Table:
                    TableWriter.Write(writer, type, list.Items, table, list);
                    break;
                case OutputKind.Metadata:
                    JsonOutput.WriteMetadataList(writer, list, format.MetaVersion);
                    break;
                default:
                    JsonOutput.WriteList(writer, type, list);
                    break;
            }
        }, cancellationToken, format.Kind == OutputKind.Metadata ? format.ContentType.Replace("PartialObjectMetadata", "PartialObjectMetadataList", StringComparison.Ordinal) : format.ContentType);
    }

    /// <summary>The emulated containers print nothing, so a pod's log is empty, as on a KWOK node.</summary>
    private async Task LogAsync(HttpContext http, ResourceType type, string ns, string name, CancellationToken cancellationToken)
    {
        service.Get(type, ns, name);
        http.Response.ContentType = "text/plain";
        await http.Response.BodyWriter.FlushAsync(cancellationToken);
    }

    private TableRequest TableOptions(HttpContext http, OutputFormat format) => new(
        format.MetaVersion,
        TableRequest.ParseIncludeObject(http.Request.Query["includeObject"]),
        NoHeaders: false,
        time.GetUtcNow());
}
