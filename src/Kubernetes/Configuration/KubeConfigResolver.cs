namespace OrleansLife.Kubernetes.Configuration;

/// <summary>Turns one context of a parsed (and merged) kubeconfig into a <see cref="KubeEndpoint"/>.</summary>
internal static class KubeConfigResolver
{
    public static KubeEndpoint Resolve(KubeConfigFile config, string? contextName, TimeProvider time)
    {
        var name = contextName ?? config.CurrentContext
            ?? throw new KubeConfigException("The kubeconfig sets no current-context and no context was named.");
        var context = config.Contexts.Find(c => c.Name == name)?.Context
            ?? throw new KubeConfigException($"The kubeconfig has no context '{name}'.");
        var cluster = config.Clusters.Find(c => c.Name == context.Cluster)?.Cluster
            ?? throw new KubeConfigException($"Context '{name}' refers to cluster '{context.Cluster}', which the kubeconfig lacks.");
        var user = string.IsNullOrEmpty(context.User) ? new KubeConfigFile.UserEntry()
            : config.Users.Find(u => u.Name == context.User)?.User
            ?? throw new KubeConfigException($"Context '{name}' refers to user '{context.User}', which the kubeconfig lacks.");
        if (!Uri.TryCreate(cluster.Server, UriKind.Absolute, out var server))
        {
            throw new KubeConfigException($"Cluster '{context.Cluster}' has no valid server address ('{cluster.Server}').");
        }

        return new KubeEndpoint(server)
        {
            Namespace = string.IsNullOrEmpty(context.Namespace) ? "default" : context.Namespace,
            CertificateAuthority = Pem.Certificates(
                Pem.Read(cluster.CertificateAuthorityData, Rooted(cluster.BaseDirectory, cluster.CertificateAuthority))),
            InsecureSkipTlsVerify = cluster.InsecureSkipTlsVerify,
            ClientCertificate = Pem.ClientCertificate(
                Pem.Read(user.ClientCertificateData, Rooted(user.BaseDirectory, user.ClientCertificate)),
                Pem.Read(user.ClientKeyData, Rooted(user.BaseDirectory, user.ClientKey))),
            Token = Token(user, time),
        };
    }

    /// <summary>A <c>tokenFile</c> wins over a literal <c>token</c>, because only the file can follow a rotation.</summary>
    private static IKubeTokenSource? Token(KubeConfigFile.UserEntry user, TimeProvider time) =>
        !string.IsNullOrEmpty(user.TokenFile) ? new FileTokenSource(Rooted(user.BaseDirectory, user.TokenFile)!, time)
        : !string.IsNullOrEmpty(user.Token) ? new StaticTokenSource(user.Token)
        : null;

    private static string? Rooted(string baseDirectory, string? path) =>
        string.IsNullOrEmpty(path) ? null : Path.GetFullPath(path, baseDirectory.Length > 0 ? baseDirectory : Environment.CurrentDirectory);
}
