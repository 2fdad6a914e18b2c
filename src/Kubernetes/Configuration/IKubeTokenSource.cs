namespace OrleansLife.Kubernetes.Configuration;

/// <summary>Supplies the bearer token for each request, so a rotated token is picked up without a new client.</summary>
public interface IKubeTokenSource
{
    /// <summary>The token to send now.</summary>
    string GetToken();
}
