namespace OrleansLife.Kubernetes.Client;

/// <summary>Query parameters of a list, watch or delete-collection; unset members are not sent.</summary>
public sealed record ListOptions
{
    /// <summary>Such as <c>app=cell,board=glider</c>.</summary>
    public string? LabelSelector { get; init; }

    /// <summary>Such as <c>status.phase=Running</c> or <c>metadata.name=x</c>.</summary>
    public string? FieldSelector { get; init; }

    /// <summary>For a list, how fresh the result must be; for a watch, the version to start after.</summary>
    public string? ResourceVersion { get; init; }

    /// <summary>The most items per page of a list.</summary>
    public int? Limit { get; init; }

    /// <summary>The token from the previous page's <c>metadata.continue</c>.</summary>
    public string? Continue { get; init; }

    /// <summary>Server-side duration of a list or watch, after which a watch ends cleanly.</summary>
    public int? TimeoutSeconds { get; init; }

    /// <summary>Ask the server to send BOOKMARK events, which advance the resource version without a change.</summary>
    public bool? AllowWatchBookmarks { get; init; }

    internal string ToQuery(bool watch)
    {
        var parts = new List<string>();
        if (watch) parts.Add("watch=true");
        Add(parts, "labelSelector", LabelSelector);
        Add(parts, "fieldSelector", FieldSelector);
        Add(parts, "resourceVersion", ResourceVersion);
        Add(parts, "limit", Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(parts, "continue", Continue);
        Add(parts, "timeoutSeconds", TimeoutSeconds?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(parts, "allowWatchBookmarks", AllowWatchBookmarks is { } bookmarks ? (bookmarks ? "true" : "false") : null);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}");
    }
}
