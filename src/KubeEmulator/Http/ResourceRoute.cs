namespace OrleansLife.KubeEmulator.Http;

/// <summary>A request path that names a resource: group, version, resource, and optionally namespace, name and subresource.</summary>
internal sealed record ResourceRoute(string Group, string Version, string Resource, string? Namespace, string? Name, string? Subresource, bool WatchPath)
{
    /// <summary>
    /// Reads the part of a path after <c>/api/v1/</c> or <c>/apis/{group}/{version}/</c>; null when it names nothing.
    /// <c>namespaces/x/status</c> is the namespace's own subresource, while <c>namespaces/x/pods</c> is a namespaced resource.
    /// </summary>
    public static ResourceRoute? Parse(string group, string version, ReadOnlySpan<string> segments)
    {
        var watch = segments.Length > 0 && segments[0] == "watch";
        if (watch) segments = segments[1..];
        string? ns = null;
        if (segments.Length >= 3 && segments[0] == "namespaces" && segments[2] is not ("status" or "finalize"))
        {
            ns = segments[1];
            segments = segments[2..];
        }
        return segments.Length switch
        {
            1 => new ResourceRoute(group, version, segments[0], ns, null, null, watch),
            2 => new ResourceRoute(group, version, segments[0], ns, segments[1], null, watch),
            3 => new ResourceRoute(group, version, segments[0], ns, segments[1], segments[2], watch),
            _ => null,
        };
    }
}
