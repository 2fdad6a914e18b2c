using k8s;
using k8s.KubeConfigModels;

namespace OrleansLife.Operator.Client;

/// <summary>
/// Reads a kubeconfig with KubernetesClient, accepting one thing it refuses and kubectl does not: a user with no
/// credentials at all (<c>user: {}</c>), which means an API server that asks for none, such as a local emulator or
/// <c>kubectl proxy</c>. Such a user is left out of the context, so the client sends no credentials either.
/// </summary>
public static class KubeconfigLoader
{
    /// <summary>The configuration of <paramref name="context"/> (null for the current one) in the file at <paramref name="path"/>.</summary>
    public static KubernetesClientConfiguration Load(string path, string? context = null)
    {
        var kubeconfig = KubernetesClientConfiguration.LoadKubeConfig(path);
        var name = context ?? kubeconfig.CurrentContext;
        if (kubeconfig.Contexts?.FirstOrDefault(c => c.Name == name)?.ContextDetails is { User: { Length: > 0 } user } details
            && kubeconfig.Users?.FirstOrDefault(u => u.Name == user) is { } entry && HasNoCredentials(entry.UserCredentials))
        {
            details.User = null;
        }

        return KubernetesClientConfiguration.BuildConfigFromConfigObject(kubeconfig, context);
    }

    private static bool HasNoCredentials(UserCredentials? credentials) =>
        credentials is null
        || (string.IsNullOrEmpty(credentials.Token) && string.IsNullOrEmpty(credentials.UserName)
            && string.IsNullOrEmpty(credentials.ClientCertificateData) && string.IsNullOrEmpty(credentials.ClientCertificate)
            && string.IsNullOrEmpty(credentials.ClientKeyData) && string.IsNullOrEmpty(credentials.ClientKey)
            && credentials.AuthProvider is null && credentials.ExternalExecution is null);
}
