using System.Net;

namespace OrleansLife.Operator.Client;

/// <summary>
/// Counts every request KubernetesClient sends, by verb as it is sent and by verb and status code as it is answered, and
/// the 429 answers, into <see cref="KubeClientMetrics"/>. A request that got no answer (refused, reset, timed out)
/// counts with code <c>none</c>.
/// </summary>
internal sealed class MetricsHandler(KubeClientMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var verb = KubeRequestKind.Verb(request);
        // Counted as sent, so a request counts by the time the server has acted on it (a watch may show a create first).
        metrics.RecordCall(verb);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            metrics.RecordAnswer(verb, KubeClientMetrics.NoAnswer);
            throw;
        }

        metrics.RecordAnswer(verb, (int)response.StatusCode);
        if (response.StatusCode == HttpStatusCode.TooManyRequests) metrics.RecordThrottled();
        return response;
    }
}
