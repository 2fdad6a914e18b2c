namespace OrleansLife.Kubernetes.Client;

/// <summary>One API call as the transport sees it; immutable so that a retry can send it again.</summary>
/// <param name="Verb">The Kubernetes verb (<c>get</c>, <c>list</c>, <c>watch</c>, <c>create</c>, …), for metrics and logs.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path and query, relative to the server.</param>
/// <param name="Body">The request body, if any.</param>
/// <param name="ContentType">The body's media type.</param>
internal sealed record KubeRequest(string Verb, HttpMethod Method, string Path, byte[]? Body = null, string? ContentType = null)
{
    public const string Json = "application/json";
    public const string MergePatch = "application/merge-patch+json";

    /// <summary>A watch: the response body is a stream that stays open, so only its headers are awaited.</summary>
    public bool IsWatch => Verb == "watch";
}
