namespace OrleansLife.Kubernetes.Client;

/// <summary>Identifies a resource type on the API server and builds its URL paths.</summary>
/// <param name="Group">The API group; empty for the core group (pods, namespaces).</param>
/// <param name="Version">The API version, such as <c>v1</c>.</param>
/// <param name="Kind">The kind of a single object, such as <c>Pod</c>.</param>
/// <param name="Plural">The lower-case plural in URLs, such as <c>pods</c>.</param>
/// <param name="Namespaced">Whether objects live in a namespace (pods) or the cluster (namespaces).</param>
public sealed record KubeResource(string Group, string Version, string Kind, string Plural, bool Namespaced)
{
    /// <summary>The <c>apiVersion</c> of objects: <c>v1</c> or <c>group/version</c>.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>The collection's path relative to the server, such as <c>api/v1/namespaces/ns/pods</c>.</summary>
    /// <param name="namespace">The namespace; null or empty for cluster-scoped resources and for all namespaces.</param>
    public string CollectionPath(string? @namespace)
    {
        var root = Group.Length == 0 ? $"api/{Version}" : $"apis/{Group}/{Version}";
        return Namespaced && !string.IsNullOrEmpty(@namespace)
            ? $"{root}/namespaces/{Uri.EscapeDataString(@namespace)}/{Plural}"
            : $"{root}/{Plural}";
    }

    /// <summary>One object's path relative to the server, such as <c>api/v1/namespaces/ns/pods/name</c>.</summary>
    public string ItemPath(string? @namespace, string name) => $"{CollectionPath(@namespace)}/{Uri.EscapeDataString(name)}";
}
