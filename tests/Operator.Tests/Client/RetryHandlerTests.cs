using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Tests.Testing;
using OrleansLife.Testing;

namespace OrleansLife.Operator.Tests.Client;

/// <summary>
/// KubernetesClient with OrleansLife's handlers (<see cref="KubeClientFactory"/>) against a scripted API server: the
/// retries, the per-attempt timeout, the rate limit and the counts, all on a fake clock.
/// </summary>
public sealed class RetryHandlerTests : IAsyncLifetime
{
    private const string PodJson = """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","resourceVersion":"3"}}""";
    private const string Unavailable = """{"kind":"Status","status":"Failure","reason":"ServiceUnavailable","code":503}""";
    private const string Throttled = """{"kind":"Status","status":"Failure","reason":"TooManyRequests","code":429}""";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly ManualTimeProvider _time = new();
    private readonly KubeClientMetrics _metrics = new();
    private FakeKubeApiServer _server = null!;
    private Kubernetes _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeKubeApiServer.StartAsync();
        _client = Client(new KubeClientOptions { MaxRetries = 2, RequestTimeout = RequestTimeout }, _metrics);
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

        var get = Get(_client);
        await _server.NextRequestAsync();
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        _time.Advance(TimeSpan.FromSeconds(4.9));
        _server.HasPendingRequest.ShouldBeFalse();
        _time.Advance(TimeSpan.FromSeconds(0.1));

        (await get.WaitAsync(TimeSpan.FromSeconds(10))).Metadata.Name.ShouldBe("p");
        await _server.NextRequestAsync();
        (_metrics.CallsByVerb["get"], _metrics.Throttled, _metrics.Retries).ShouldBe((2L, 1L, 1L));
        _metrics.AnswersByVerbAndCode.ShouldBe(new Dictionary<string, long> { ["get/429"] = 1, ["get/200"] = 1 }, ignoreOrder: true);
    }

    [Fact]
    public async Task RetryAfter_AsAnHttpDate_IsMeasuredOnTheInjectedClock()
    {
        _server.RespondJson(429, Throttled, retryAfter: _time.GetUtcNow().AddSeconds(12).ToString("R"));
        _server.RespondJson(200, PodJson);

        var get = Get(_client);

        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(12));
        _time.Advance(TimeSpan.FromSeconds(12));
        (await get.WaitAsync(TimeSpan.FromSeconds(10))).Metadata.Name.ShouldBe("p");
    }

    [Fact]
    public async Task ServerError_OnARead_IsRetriedWithJitteredBackoff()
    {
        _server.RespondJson(503, Unavailable);
        _server.RespondJson(200, PodJson);

        var get = Get(_client);

        // First retry: half of the 200 ms initial delay is fixed, half is jitter.
        var delay = await _time.WaitForTimerAsync(due => due >= TimeSpan.FromMilliseconds(100) && due <= TimeSpan.FromMilliseconds(200));
        _time.Advance(delay);
        (await get.WaitAsync(TimeSpan.FromSeconds(10))).Metadata.Name.ShouldBe("p");
    }

    [Fact]
    public async Task Retries_AreBounded_ThenTheLastErrorSurfaces()
    {
        for (var i = 0; i < 3; i++) _server.RespondJson(503, Unavailable, retryAfter: "1");

        var get = Get(_client);
        for (var retry = 0; retry < 2; retry++)
        {
            await _server.NextRequestAsync();
            await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var thrown = await Should.ThrowAsync<HttpOperationException>(get.WaitAsync(TimeSpan.FromSeconds(10)));
        thrown.Response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        await _server.NextRequestAsync();
        _server.HasPendingRequest.ShouldBeFalse();
        _metrics.Retries.ShouldBe(2);
    }

    [Fact]
    public async Task Create_AfterAServerError_IsNotRetried_BecauseItMayHaveSucceeded()
    {
        _server.RespondJson(503, Unavailable, retryAfter: "1");

        await Should.ThrowAsync<HttpOperationException>(() => Create(_client));

        await _server.NextRequestAsync();
        _server.HasPendingRequest.ShouldBeFalse();
        _metrics.Retries.ShouldBe(0);
    }

    [Fact]
    public async Task Create_AfterTooManyRequests_IsRetried_BecauseTheServerDidNotActOnIt()
    {
        _server.RespondJson(429, Throttled, retryAfter: "2");
        _server.RespondJson(201, PodJson);

        var create = Create(_client);
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

        var get = Get(_client);
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

        await Should.ThrowAsync<HttpRequestException>(() => Create(_client));
        _metrics.Retries.ShouldBe(0);
    }

    [Fact]
    public async Task SlowCreate_TimesOutOnTheInjectedClock_WithoutRetry()
    {
        _server.Respond(context => Task.Delay(Timeout.Infinite, context.RequestAborted));

        var create = Create(_client);
        await _server.NextRequestAsync();
        await _time.WaitForTimerAsync(RequestTimeout);
        _time.Advance(RequestTimeout);

        await Should.ThrowAsync<TimeoutException>(create.WaitAsync(TimeSpan.FromSeconds(10)));
        _metrics.Retries.ShouldBe(0);
    }

    [Fact]
    public async Task RateLimit_HoldsRequestsBeyondTheBurst_UntilTokensRefill()
    {
        using var client = Client(new KubeClientOptions { Qps = 2, Burst = 1 });
        _server.RespondJson(200, PodJson);
        _server.RespondJson(200, PodJson);

        await Get(client);
        var second = Get(client);
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
        RetryHandler.MayRetry(new HttpRequestException(error, "boom"), isCreate: method == "POST").ShouldBe(retried);

    [Theory]
    [InlineData("GET", "/api/v1/namespaces/life/pods", "", "list")]
    [InlineData("GET", "/api/v1/namespaces/life/pods", "?watch=true&resourceVersion=4", "watch")]
    [InlineData("GET", "/api/v1/namespaces/life/pods/p", "", "get")]
    [InlineData("POST", "/api/v1/namespaces/life/pods", "", "create")]
    [InlineData("DELETE", "/api/v1/namespaces/life/pods/p", "", "delete")]
    [InlineData("DELETE", "/api/v1/namespaces/life/pods", "", "deletecollection")]
    [InlineData("PATCH", "/apis/orleanslife.io/v1/namespaces/life/boards/b/status", "", "patch")]
    [InlineData("GET", "/apis/orleanslife.io/v1/namespaces/life/boards", "?watch=false", "list")]
    [InlineData("PUT", "/apis/coordination.k8s.io/v1/namespaces/life/leases/l", "", "update")]
    [InlineData("GET", "/api/v1/namespaces", "", "list")]
    [InlineData("GET", "/api/v1/namespaces/life", "", "get")]
    public void Requests_AreCountedByTheVerbTheApiServerWouldLog(string method, string path, string query, string verb)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri($"http://127.0.0.1{path}{query}"));

        KubeRequestKind.Verb(request).ShouldBe(verb);
    }

    private Kubernetes Client(KubeClientOptions options, KubeClientMetrics? metrics = null) =>
        KubeClientFactory.Create(KubeClientFactory.Direct(_server.BaseAddress, "life"), options, metrics, _time);

    private static Task<V1Pod> Get(Kubernetes client) => client.CoreV1.ReadNamespacedPodAsync("p", "life");

    private static Task<V1Pod> Create(Kubernetes client) =>
        client.CoreV1.CreateNamespacedPodAsync(new V1Pod { Metadata = new V1ObjectMeta { Name = "p" } }, "life");
}
