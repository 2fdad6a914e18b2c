using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace OrleansLife.Kubernetes.Configuration;

/// <summary>
/// Resolves a kubeconfig context to a <see cref="KubeEndpoint"/>: server, certificate authority (file or
/// <c>-data</c>), client certificate and key (file or <c>-data</c>), <c>token</c> or <c>tokenFile</c>,
/// <c>insecure-skip-tls-verify</c> and the context's namespace. Exec and auth-provider plugins are not supported.
/// </summary>
public static class KubeConfigLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    /// <summary>Loads a context from a kubeconfig.</summary>
    /// <param name="path">The file; null follows <c>KUBECONFIG</c> (a list, merged first-wins), else <c>~/.kube/config</c>.</param>
    /// <param name="context">The context; null takes <c>current-context</c>.</param>
    /// <param name="timeProvider">Clock for re-reading a <c>tokenFile</c>.</param>
    /// <param name="environment">Reads environment variables; tests pass their own.</param>
    public static KubeEndpoint Load(
        string? path = null, string? context = null, TimeProvider? timeProvider = null, Func<string, string?>? environment = null)
    {
        var paths = path is null ? DefaultPaths(environment ?? Environment.GetEnvironmentVariable) : [path];
        // Like kubectl, files listed in KUBECONFIG that do not exist are skipped; an explicit path must exist.
        var existing = path is null ? paths.Where(File.Exists).ToList() : paths;
        if (existing.Count == 0) throw new KubeConfigException($"No kubeconfig found at {string.Join(", ", paths)}.");
        return KubeConfigResolver.Resolve(Merge(existing.Select(Parse)), context, timeProvider ?? TimeProvider.System);
    }

    /// <summary>The kubeconfig files to read: those listed in <c>KUBECONFIG</c>, else <c>$HOME/.kube/config</c>.</summary>
    public static IReadOnlyList<string> DefaultPaths(Func<string, string?> environment)
    {
        var list = environment("KUBECONFIG");
        if (!string.IsNullOrWhiteSpace(list))
        {
            return list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        var home = environment("HOME") ?? environment("USERPROFILE") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return [Path.Combine(home, ".kube", "config")];
    }

    private static KubeConfigFile Parse(string path)
    {
        KubeConfigFile file;
        try
        {
            file = Yaml.Deserialize<KubeConfigFile?>(File.ReadAllText(path)) ?? new KubeConfigFile();
        }
        catch (Exception ex) when (ex is IOException or YamlException or UnauthorizedAccessException)
        {
            throw new KubeConfigException($"Cannot read kubeconfig '{path}': {ex.Message}", ex);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? "";
        foreach (var cluster in file.Clusters) cluster.Cluster.BaseDirectory = directory;
        foreach (var user in file.Users) user.User.BaseDirectory = directory;
        return file;
    }

    /// <summary>Merges files the way kubectl does: the first file to define a name, or a current-context, wins.</summary>
    private static KubeConfigFile Merge(IEnumerable<KubeConfigFile> files)
    {
        var merged = new KubeConfigFile();
        foreach (var file in files)
        {
            merged.CurrentContext ??= string.IsNullOrEmpty(file.CurrentContext) ? null : file.CurrentContext;
            merged.Clusters.AddRange(file.Clusters.Where(c => merged.Clusters.All(m => m.Name != c.Name)));
            merged.Contexts.AddRange(file.Contexts.Where(c => merged.Contexts.All(m => m.Name != c.Name)));
            merged.Users.AddRange(file.Users.Where(u => merged.Users.All(m => m.Name != u.Name)));
        }

        return merged;
    }
}
