using System.Globalization;
using OrleansLife.KubeEmulator.Access;

namespace OrleansLife.KubeEmulator.Kubeconfig;

/// <summary>
/// Writes a kubeconfig that points kubectl at the emulator over plain HTTP: one cluster, and a user and context for each
/// of the emulator's users, the admin's current. Each user carries its token, which the official C# and Python clients
/// need (they refuse a user without credentials) and which a <c>TokenReview</c> recognises.
/// </summary>
internal static class KubeconfigWriter
{
    public const string ContextName = "orleanslife";

    /// <summary>The context (and user) of the read-only user: <c>kubectl --context orleanslife-reader</c>.</summary>
    public const string ReaderContextName = "orleanslife-reader";

    public static string Render(Uri server, string @namespace, EmulatorUsers users) => string.Create(CultureInfo.InvariantCulture, $"""
        apiVersion: v1
        kind: Config
        clusters:
        - name: {ContextName}
          cluster:
            server: {server.GetLeftPart(UriPartial.Authority)}
        users:
        - name: {ContextName}
          user:
            token: {users.Admin.Token}
        - name: {ReaderContextName}
          user:
            token: {users.Reader.Token}
        contexts:
        - name: {ContextName}
          context:
            cluster: {ContextName}
            user: {ContextName}
            namespace: {@namespace}
        - name: {ReaderContextName}
          context:
            cluster: {ContextName}
            user: {ReaderContextName}
            namespace: {@namespace}
        current-context: {ContextName}
        preferences: {"{}"}

        """);

    public static async Task WriteAsync(string path, Uri server, string @namespace, EmulatorUsers users, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        // The tokens are the emulator's credentials: only the user who runs it may read them.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var file = new StreamWriter(temporary, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options))
        {
            await file.WriteAsync(Render(server, @namespace, users).AsMemory(), cancellationToken);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
