namespace OrleansLife.Operator.Client;

/// <summary>
/// The client-side rate limit KubernetesClient lacks (client-go has one): each request, retries included, waits for a
/// token of a <see cref="TokenBucket"/> before it goes out.
/// </summary>
internal sealed class RateLimitHandler(TokenBucket bucket) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await bucket.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
