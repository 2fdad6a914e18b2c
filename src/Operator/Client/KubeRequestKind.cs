using System.Web;

namespace OrleansLife.Operator.Client;

/// <summary>
/// Names a request the way the API server's audit log does (<c>get</c>, <c>list</c>, <c>watch</c>, <c>create</c>,
/// <c>update</c>, <c>patch</c>, <c>delete</c>, <c>deletecollection</c>), from its method and path alone, since the
/// requests come from KubernetesClient's generated code rather than ours.
/// </summary>
internal static class KubeRequestKind
{
    public static string Verb(HttpRequestMessage request)
    {
        var uri = request.RequestUri;
        var method = request.Method.Method;
        if (uri is null) return method.ToLowerInvariant();
        var collection = IsCollection(uri.AbsolutePath);
        return method switch
        {
            "GET" when IsWatch(uri) => "watch",
            "GET" => collection ? "list" : "get",
            "POST" => "create",
            "PUT" => "update",
            "PATCH" => "patch",
            "DELETE" => collection ? "deletecollection" : "delete",
            _ => method.ToLowerInvariant(),
        };
    }

    /// <summary>Whether the request streams a watch, which must not time out like a single call.</summary>
    public static bool IsWatch(Uri? uri) =>
        uri is not null && HttpUtility.ParseQueryString(uri.Query)["watch"] is { } watch
            && !watch.Equals("false", StringComparison.OrdinalIgnoreCase) && watch != "0";

    /// <summary>
    /// <c>/api/v1/namespaces/ns/pods</c> and <c>/apis/group/v1/boards</c> are collections; a further segment names
    /// one object (and one more, a subresource such as <c>status</c>).
    /// </summary>
    private static bool IsCollection(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var skip = segments is ["api", ..] ? 2 : segments is ["apis", ..] ? 3 : 0;
        var rest = segments.AsSpan(Math.Min(skip, segments.Length));
        // namespaces/{ns}/{plural}… addresses a namespaced resource; namespaces alone, or namespaces/{name}, the namespaces.
        if (rest is ["namespaces", _, _, ..]) rest = rest[2..];
        return rest.Length <= 1;
    }
}
