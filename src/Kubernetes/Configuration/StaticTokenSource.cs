namespace OrleansLife.Kubernetes.Configuration;

/// <summary>A bearer token that never changes, such as a kubeconfig's <c>token</c>.</summary>
/// <param name="token">The token.</param>
public sealed class StaticTokenSource(string token) : IKubeTokenSource
{
    /// <inheritdoc />
    public string GetToken() => token;
}
