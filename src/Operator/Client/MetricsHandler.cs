using System.Net;

namespace OrleansLife.Operator.Client;

/// <summary>Counts every request KubernetesClient sends, by verb, and the 429 answers, into <see cref="KubeClientMetrics"/>.</summary>
internal sealed class MetricsHandler(KubeClientMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        metrics.RecordCall(KubeRequestKind.Verb(request));
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests) metrics.RecordThrottled();
        return response;
    }
}
