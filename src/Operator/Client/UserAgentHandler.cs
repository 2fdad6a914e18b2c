namespace OrleansLife.Operator.Client;

/// <summary>
/// Names OrleansLife (and the silo) as the sender of every request, in place of KubernetesClient's own User-Agent, so
/// that an API server's audit log and the pods' managed fields say which silo wrote what.
/// </summary>
internal sealed class UserAgentHandler(string userAgent) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("User-Agent");
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        return base.SendAsync(request, cancellationToken);
    }
}
