using System.Net;

namespace OrleansLife.Operator.Client;

/// <summary>
/// Counts every request KubernetesClient sends, by verb and status code, and the 429 answers, into
/// <see cref="KubeClientMetrics"/>. A request that got no answer (refused, reset, timed out) counts with code <c>none</c>.
/// </summary>
internal sealed class MetricsHandler(KubeClientMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var verb = KubeRequestKind.Verb(request);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            metrics.RecordCall(verb, KubeClientMetrics.NoAnswer);
            throw;
        }

        metrics.RecordCall(verb, (int)response.StatusCode);
        if (response.StatusCode == HttpStatusCode.TooManyRequests) metrics.RecordThrottled();
        return response;
    }
}
