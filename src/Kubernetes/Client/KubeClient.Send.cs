using System.Net;
using System.Net.Http.Headers;
using OrleansLife.Kubernetes.Diagnostics;
using OrleansLife.Kubernetes.Errors;
using OrleansLife.Kubernetes.Throttling;

namespace OrleansLife.Kubernetes.Client;

/// <summary>Sending: rate limit, credentials, per-attempt timeout, error mapping and the retry loop.</summary>
public sealed partial class KubeClient
{
    /// <summary>
    /// Sends <paramref name="request"/> until it succeeds, fails for good, or runs out of retries. A successful
    /// non-watch response is fully buffered; a watch response is returned as soon as its headers arrive.
    /// </summary>
    internal async Task<HttpResponseMessage> SendAsync(KubeRequest request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await _bucket.WaitAsync(cancellationToken);
            Metrics.RecordCall(request.Verb);
            Exception failure;
            TimeSpan? retryAfter = null;
            using (var timeout = new CancellationTokenSource(_options.RequestTimeout, _time))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
            {
                try
                {
                    using var message = CreateMessage(request);
                    var completion = request.IsWatch ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead;
                    var response = await _http.SendAsync(message, completion, linked.Token);
                    if (response.IsSuccessStatusCode) return response;
                    using (response)
                    {
                        if (response.StatusCode == HttpStatusCode.TooManyRequests) Metrics.RecordThrottled();
                        retryAfter = RetryAfter(response.Headers);
                        var body = await response.Content.ReadAsStringAsync(linked.Token);
                        failure = KubeApiErrors.FromBody(response.StatusCode, body, retryAfter);
                    }
                }
                catch (HttpRequestException ex)
                {
                    failure = ex;
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = new TimeoutException($"Kubernetes {request.Verb} {request.Path} took longer than {_options.RequestTimeout}.", ex);
                }
            }

            if (attempt > _options.MaxRetries || !MayRetry(request, failure)) throw failure;
            var delay = retryAfter ?? Backoff.Exponential(attempt, _options.InitialRetryDelay, _options.MaxRetryDelay, Random.Shared.NextDouble());
            delay = delay < _options.MaxRetryDelay ? delay : _options.MaxRetryDelay;
            Metrics.RecordRetry();
            KubeLog.Retrying(_logger, request.Verb, request.Path, failure.Message, attempt, delay);
            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    private HttpRequestMessage CreateMessage(KubeRequest request)
    {
        var message = new HttpRequestMessage(request.Method, new Uri(request.Path, UriKind.Relative));
        if (request.Body is { } body)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(request.ContentType ?? KubeRequest.Json);
        }

        // Asked per request, so that a rotated service-account token is used as soon as it is on disk.
        if (_endpoint.Token?.GetToken() is { Length: > 0 } token)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return message;
    }

    /// <summary>Retry-After as seconds or as a date (measured on the injected clock).</summary>
    private TimeSpan? RetryAfter(HttpResponseHeaders headers) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
