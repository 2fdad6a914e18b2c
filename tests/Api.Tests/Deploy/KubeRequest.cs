using System.Web;

namespace OrleansLife.Api.Tests.Deploy;

/// <summary>
/// A request as RBAC sees it: verb, API group, resource (with its subresource, <c>boards/status</c>) and namespace,
/// worked out from method and path as kube-apiserver's RequestInfoFactory does. Null resource: a non-resource URL.
/// </summary>
internal sealed record KubeRequest(string Verb, string Group, string? Resource, string? Namespace)
{
    public static KubeRequest Parse(string method, Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var (group, rest) = segments switch
        {
            ["api", _, .. var tail] => ("", tail),
            ["apis", var g, _, .. var tail] => (g, tail),
            _ => ("", Array.Empty<string>()),
        };
        if (rest.Length == 0) return new KubeRequest(method.ToLowerInvariant(), group, null, null);
        string? @namespace = null;
        if (rest is ["namespaces", var ns, _, ..])
        {
            @namespace = ns;
            rest = rest[2..];
        }
        var (resource, name, subresource) = (rest[0], rest.ElementAtOrDefault(1), rest.ElementAtOrDefault(2));
        var watch = HttpUtility.ParseQueryString(uri.Query)["watch"] is "true" or "1";
        var verb = method switch
        {
            "GET" when watch => "watch",
            "GET" => name is null ? "list" : "get",
            "POST" => "create",
            "PUT" => "update",
            "PATCH" => "patch",
            "DELETE" => name is null ? "deletecollection" : "delete",
            _ => method.ToLowerInvariant(),
        };
        return new KubeRequest(verb, group, subresource is null ? resource : $"{resource}/{subresource}", @namespace);
    }

    public override string ToString() => $"{Verb} {(Group.Length == 0 ? "core" : Group)} {Resource}";
}
