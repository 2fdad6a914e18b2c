namespace OrleansLife.Operator.Client;

/// <summary>Where kubectl looks for its configuration, so that the silo finds the same cluster.</summary>
public static class KubeconfigFiles
{
    /// <summary>The files listed in <c>KUBECONFIG</c>, else <c>$HOME/.kube/config</c>.</summary>
    public static IReadOnlyList<string> Default(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (environment("KUBECONFIG") is { } list && !string.IsNullOrWhiteSpace(list))
            return list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var home = environment("HOME") ?? environment("USERPROFILE") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return [Path.Combine(home, ".kube", "config")];
    }
}
