using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.Http;

internal sealed partial class ResourceHandler
{
    private async Task CreateAsync(HttpContext http, ResourceType type, string ns, CancellationToken cancellationToken)
    {
        var body = RequestReader.ParseObject(await RequestReader.ReadBodyAsync(http.Request, cancellationToken), http.Request.ContentType);
        var result = service.Create(type, ns, body, RequestReader.WriteOptions(http.Request));
        await WriteResultAsync(http, type, result, 201, cancellationToken);
    }

    private async Task UpdateAsync(HttpContext http, ResourceType type, string ns, string name, bool status, CancellationToken cancellationToken)
    {
        var body = RequestReader.ParseObject(await RequestReader.ReadBodyAsync(http.Request, cancellationToken), http.Request.ContentType);
        var result = service.Update(type, ns, name, body, status, RequestReader.WriteOptions(http.Request));
        await WriteResultAsync(http, type, result, result.Created ? 201 : 200, cancellationToken);
    }

    private async Task PatchAsync(HttpContext http, ResourceType type, string ns, string name, bool status, CancellationToken cancellationToken)
    {
        var body = await RequestReader.ReadBodyAsync(http.Request, cancellationToken);
        var patchType = RequestReader.MediaType(http.Request.ContentType);
        var result = service.Patch(type, ns, name, patchType, body, status, RequestReader.WriteOptions(http.Request));
        await WriteResultAsync(http, type, result, result.Created ? 201 : 200, cancellationToken);
    }

    private async Task DeleteAsync(HttpContext http, ResourceType type, string ns, string name, CancellationToken cancellationToken)
    {
        var options = RequestReader.DeleteOptions(http.Request, await RequestReader.ReadBodyAsync(http.Request, cancellationToken));
        var result = service.Delete(type, ns, name, options);
        if (result.Removed && !type.Behavior.ReturnsDeletedObject)
        {
            await ResponseWriter.WriteAsync(http, 200, writer => SuccessStatus(type, result.Object).WriteTo(writer), cancellationToken);
            return;
        }
        await ResponseWriter.WriteAsync(http, 200, writer => JsonOutput.WriteObject(writer, result.Object, type), cancellationToken);
    }

    private async Task DeleteCollectionAsync(HttpContext http, ResourceType type, string ns, CancellationToken cancellationToken)
    {
        var options = RequestReader.DeleteOptions(http.Request, await RequestReader.ReadBodyAsync(http.Request, cancellationToken));
        var filter = RequestReader.Filter(http.Request, type);
        var deleted = service.DeleteCollection(type, ns, filter, options);
        var list = new ListResult(deleted, service.Store.ResourceVersion, null, null);
        await ResponseWriter.WriteAsync(http, 200, writer => JsonOutput.WriteList(writer, type, list), cancellationToken);
    }

    private static Task WriteResultAsync(HttpContext http, ResourceType type, WriteResult result, int statusCode, CancellationToken cancellationToken) =>
        ResponseWriter.WriteAsync(http, statusCode, writer => JsonOutput.WriteObject(writer, result.Object, type), cancellationToken,
            warnings: result.Warnings);

    private static JsonObject SuccessStatus(ResourceType type, JsonObject deleted)
    {
        var details = new JsonObject { ["name"] = Meta.Name(deleted) };
        if (type.Group.Length > 0) details["group"] = type.Group;
        details["kind"] = type.Plural;
        details["uid"] = Meta.Uid(deleted);
        return new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Success",
            ["details"] = details,
        };
    }
}
