namespace OrleansLife.Clustering.Tests.Testing;

/// <summary>Counts the requests a client sends, by method, so that a test can tell a read served from memory from a GET.</summary>
public sealed class RequestCounter : DelegatingHandler
{
    private int _gets;
    private int _puts;

    public int Gets => Volatile.Read(ref _gets);

    public int Puts => Volatile.Read(ref _puts);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get) Interlocked.Increment(ref _gets);
        if (request.Method == HttpMethod.Put) Interlocked.Increment(ref _puts);
        return base.SendAsync(request, cancellationToken);
    }
}
