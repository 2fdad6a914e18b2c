namespace OrleansLife.Operator.Client;

/// <summary>Hands each watch's response to the <see cref="WatchConnection"/> its caller opened, which closes it on cancellation.</summary>
internal sealed class WatchAbortHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (KubeRequestKind.IsWatch(request.RequestUri)) WatchConnection.Attach(response);
        return response;
    }
}
