using System.Net;
using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Errors;
using OrleansLife.Kubernetes.Hosting;
using OrleansLife.Kubernetes.Meta;
using OrleansLife.Kubernetes.Pods;
using OrleansLife.Kubernetes.Tests.Fakes;
using OrleansLife.Testing;

namespace OrleansLife.Kubernetes.Tests.Client;

public sealed class KubeClientRetryTests : IAsyncLifetime
{
    private const string PodJson = """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","resourceVersion":"3"}}""";
    private const string Unavailable = """{"kind":"Status","status":"Failure","reason":"ServiceUnavailable","code":503}""";
    private const string Throttled = """{"kind":"Status","status":"Failure","reason":"TooManyRequests","code":429}""";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly ManualTimeProvider _time = new();
    private FakeKubeApiServer _server = null!;
    private KubeClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeKubeApiServer.StartAsync();
        _client = TestClients.For(_server, _time, new KubeClientOptions { MaxRetries = 2, RequestTimeout = RequestTimeout });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task TooManyRequests_IsRetried_AfterExactlyRetryAfter()
    {
        _server.RespondJson(429, Throttled, retryAfter: "5");
        _server.RespondJson(200, PodJson);

        var get = _client.Pods().GetAsync("p");
        await _server.NextRequestAsync();
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        _time.Advance(TimeSpan.FromSeconds(4.9));
        _server.HasPendingRequest.ShouldBeFalse();
        _time.Advance(TimeSpan.FromSeconds(0.1));

        (await get.WaitAsync(TimeSpan.FromSeconds(10))).Metadata.Name.ShouldBe("p");
        await _server.NextRequestAsync();
        (_client.Metrics.CallsByVerb["get"], _client.Metrics.Throttled, _client.Metrics.Retries).ShouldBe((2L, 1L, 1L));
    }

    [Fact]
    public async Task RetryAfter_AsAnHttpDate_IsMeasuredOnTheInjectedClock()
    {
        _server.RespondJson(429, Throttled, retryAfter: _time.GetUtcNow().AddSeconds(12).ToString("R"));
        _server.RespondJson(200, PodJson);

        var get = _client.Pods().GetAsync("p");

        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(12));
        _time.Advance(TimeSpan.FromSeconds(12));
        (await get.WaitAsync(TimeSpan.FromSeconds(10))).Metadata.Name.ShouldBe("p");
    }

    [Fact]
    public async Task ServerError_OnARead_IsRetriedWithJitteredBackoff()
    {
        _server.RespondJson(503, Unavailable);
        _server.RespondJson(200, PodJson);

        var get = _client.Pods().GetAsync("p");

        // First retry: half of the 200 ms initial delay is fixed, half is jitter.
        var delay = await _time.WaitForTimerAsync(due => due >= TimeSpan.FromMilliseconds(100) && due <= TimeSpan.FromMilliseconds(200));
        _time.Advance(delay);
        (await get.WaitAsync(TimeSpan.FromSeconds(10))).Metadata.Name.ShouldBe("p");
    }

    [Fact]
    public async Task Retries_AreBounded_ThenTheLastErrorSurfaces()
    {
        for (var i = 0; i < 3; i++) _server.RespondJson(503, Unavailable, retryAfter: "1");

        var get = _client.Pods().GetAsync("p");
        for (var retry = 0; retry < 2; retry++)
        {
            await _server.NextRequestAsync();
            await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var thrown = await Should.ThrowAsync<KubeServerException>(get.WaitAsync(TimeSpan.FromSeconds(10)));
        thrown.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        await _server.NextRequestAsync();
        _server.HasPendingRequest.ShouldBeFalse();
        _client.Metrics.Retries.ShouldBe(2);
    }

    [Fact]
    public async Task Create_AfterAServerError_IsNotRetried_BecauseItMayHaveSucceeded()
    {
        _server.RespondJson(503, Unavailable, retryAfter: "1");

        await Should.ThrowAsync<KubeServerException>(() => _client.Pods().CreateAsync(new Pod { Metadata = new ObjectMeta { Name = "p" } }));

        await _server.NextRequestAsync();
        _server.HasPendingRequest.ShouldBeFalse();
        _client.Metrics.Retries.ShouldBe(0);
    }

    [Fact]
    public async Task Create_AfterTooManyRequests_IsRetried_BecauseTheServerDidNotActOnIt()
    {
        _server.RespondJson(429, Throttled, retryAfter: "2");
        _server.RespondJson(201, PodJson);

        var create = _client.Pods().CreateAsync(new Pod { Metadata = new ObjectMeta { Name = "p" } });
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        _time.Advance(TimeSpan.FromSeconds(2));

        (await create.WaitAsync(TimeSpan.FromSeconds(10))).Metadata.ResourceVersion.ShouldBe("3");
        (await _server.NextRequestAsync()).Body.ShouldBe((await _server.NextRequestAsync()).Body);
    }

    [Fact]
    public async Task DroppedConnection_OnARead_IsRetried()
    {
        _server.Respond(context =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        _server.RespondJson(200, PodJson);

        var get = _client.Pods().GetAsync("p");
        var delay = await _time.WaitForTimerAsync(due => due < RequestTimeout);
        _time.Advance(delay);

        (await get.WaitAsync(TimeSpan.FromSeconds(10))).Metadata.Name.ShouldBe("p");
    }

    [Fact]
    public async Task DroppedConnection_OnACreate_Surfaces()
    {
        _server.Respond(context =>
        {
            context.Abort();
            return Task.CompletedTask;
        });

        await Should.ThrowAsync<HttpRequestException>(() => _client.Pods().CreateAsync(new Pod { Metadata = new ObjectMeta { Name = "p" } }));
        _client.Metrics.Retries.ShouldBe(0);
    }

    [Fact]
    public async Task SlowCreate_TimesOutOnTheInjectedClock_WithoutRetry()
    {
        _server.Respond(context => Task.Delay(Timeout.Infinite, context.RequestAborted));

        var create = _client.Pods().CreateAsync(new Pod { Metadata = new ObjectMeta { Name = "p" } });
        await _server.NextRequestAsync();
        await _time.WaitForTimerAsync(RequestTimeout);
        _time.Advance(RequestTimeout);

        await Should.ThrowAsync<TimeoutException>(create.WaitAsync(TimeSpan.FromSeconds(10)));
        _client.Metrics.Retries.ShouldBe(0);
    }

    [Fact]
    public async Task RateLimit_HoldsRequestsBeyondTheBurst_UntilTokensRefill()
    {
        using var client = TestClients.For(_server, _time, new KubeClientOptions { Qps = 2, Burst = 1 });
        _server.RespondJson(200, PodJson);
        _server.RespondJson(200, PodJson);

        await client.Pods().GetAsync("p");
        var second = client.Pods().GetAsync("p");
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(0.5));
        _server.HasPendingRequest.ShouldBeTrue();
        await _server.NextRequestAsync();
        _server.HasPendingRequest.ShouldBeFalse();
        _time.Advance(TimeSpan.FromSeconds(0.5));

        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Metadata.Name.ShouldBe("p");
    }

    [Theory]
    [InlineData("POST", HttpRequestError.ConnectionError, true)]
    [InlineData("POST", HttpRequestError.NameResolutionError, true)]
    [InlineData("POST", HttpRequestError.ResponseEnded, false)]
    [InlineData("GET", HttpRequestError.ResponseEnded, true)]
    [InlineData("GET", HttpRequestError.SecureConnectionError, false)]
    [InlineData("PUT", HttpRequestError.Unknown, true)]
    public void NetworkFailures_AreRetried_OnlyWhenRepeatingIsSafe(string method, HttpRequestError error, bool retried) =>
        KubeClient.MayRetry(new KubeRequest("x", new HttpMethod(method), "api/v1/pods"), new HttpRequestException(error, "boom"))
            .ShouldBe(retried);
}
