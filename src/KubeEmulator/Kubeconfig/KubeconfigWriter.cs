using System.Globalization;

namespace OrleansLife.KubeEmulator.Kubeconfig;

/// <summary>Writes a kubeconfig with one cluster, user and context that points kubectl at the emulator over plain HTTP.</summary>
internal static class KubeconfigWriter
{
    public const string ContextName = "orleanslife";

    /// <summary>
    /// The bearer token the kubeconfig's user presents. The emulator checks no credentials, but clients do: the official
    /// C# and Python clients refuse a user without any, so the user carries a token that every request may send.
    /// </summary>
    public const string Token = "orleanslife-emulator-admin";

    public static string Render(Uri server, string @namespace) => string.Create(CultureInfo.InvariantCulture, $"""
        apiVersion: v1
        kind: Config
        clusters:
        - name: {ContextName}
          cluster:
            server: {server.GetLeftPart(UriPartial.Authority)}
        users:
        - name: {ContextName}
          user:
            token: {Token}
        contexts:
        - name: {ContextName}
          context:
            cluster: {ContextName}
            user: {ContextName}
            namespace: {@namespace}
        current-context: {ContextName}
        preferences: {"{}"}

        """);

    public static async Task WriteAsync(string path, Uri server, string @namespace, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temporary, Render(server, @namespace), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
