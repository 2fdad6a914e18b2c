using Microsoft.AspNetCore.Http;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.Http;

/// <summary>
/// Serves one resource path: resolves the resource type, maps the HTTP method onto an API verb, and hands it to the
/// matching read, write or watch handler.
/// </summary>
internal sealed partial class ResourceHandler(ResourceService service, TimeProvider time, KubeEmulatorOptions options)
{
    public Task HandleAsync(HttpContext http, ResourceRoute route, CancellationToken cancellationToken)
    {
        var type = service.Registry.Find(route.Group, route.Version, route.Resource) ?? throw ApiErrors.PathNotFound();
        var log = route.Subresource == "log" && type == BuiltInResources.Pods;
        if ((route.Namespace is not null && !type.Namespaced) || (route.Subresource is not null && !(route.Subresource == "status" && type.HasStatus) && !log))
        {
            throw ApiErrors.PathNotFound();
        }
        if (route.Name is not null && type.Namespaced && route.Namespace is null) throw ApiErrors.PathNotFound();
        var ns = type.Namespaced ? route.Namespace : "";
        var status = route.Subresource == "status";
        var watch = route.WatchPath || RequestReader.Flag(http.Request, "watch");
        return (http.Request.Method, route.Name) switch
        {
            ("GET", { } name) when log => LogAsync(http, type, ns!, name, cancellationToken),
            ("GET", _) when watch => WatchAsync(http, type, ns, route.Name, cancellationToken),
            ("GET", null) => ListAsync(http, type, ns, cancellationToken),
            ("GET", { } name) => GetAsync(http, type, ns!, name, cancellationToken),
            ("POST", null) when ns is not null => CreateAsync(http, type, ns, cancellationToken),
            ("PUT", { } name) => UpdateAsync(http, type, ns!, name, status, cancellationToken),
            ("PATCH", { } name) => PatchAsync(http, type, ns!, name, status, cancellationToken),
            ("DELETE", null) when ns is not null && !status => DeleteCollectionAsync(http, type, ns, cancellationToken),
            ("DELETE", { } name) when !status => DeleteAsync(http, type, ns!, name, cancellationToken),
            var (method, _) => throw ApiErrors.MethodNotSupported(type.GroupResource, VerbOf(method, route.Name is null)),
        };
    }

    private static string VerbOf(string method, bool collection) => method switch
    {
        "POST" => "create",
        "PUT" => "update",
        "PATCH" => "patch",
        "DELETE" => collection ? "deletecollection" : "delete",
        "GET" => collection ? "list" : "get",
        _ => method.ToLowerInvariant(),
    };
}
