using System.Net;
using Microsoft.AspNetCore.Http;
using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Errors;
using OrleansLife.Kubernetes.Hosting;
using OrleansLife.Kubernetes.Tests.Fakes;

namespace OrleansLife.Kubernetes.Tests.Errors;

public sealed class KubeApiErrorsTests : IAsyncLifetime
{
    private FakeKubeApiServer _server = null!;
    private KubeClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeKubeApiServer.StartAsync();
        _client = TestClients.For(_server, options: new KubeClientOptions { MaxRetries = 0 });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData(401, "Unauthorized", typeof(KubeUnauthorizedException))]
    [InlineData(403, "Forbidden", typeof(KubeForbiddenException))]
    [InlineData(404, "NotFound", typeof(KubeNotFoundException))]
    [InlineData(409, "AlreadyExists", typeof(KubeAlreadyExistsException))]
    [InlineData(409, "Conflict", typeof(KubeConflictException))]
    [InlineData(410, "Expired", typeof(KubeGoneException))]
    [InlineData(422, "Invalid", typeof(KubeInvalidException))]
    [InlineData(429, "TooManyRequests", typeof(KubeTooManyRequestsException))]
    [InlineData(500, "InternalError", typeof(KubeServerException))]
    [InlineData(503, "ServiceUnavailable", typeof(KubeServerException))]
    [InlineData(400, "BadRequest", typeof(KubeApiException))]
    public async Task StatusBody_MapsToTypedException(int code, string reason, Type expected)
    {
        _server.RespondJson(code, $$"""
            {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \"x\" says {{reason}}","reason":"{{reason}}",
             "details":{"name":"x","kind":"pods","causes":[{"reason":"FieldValueInvalid","message":"bad","field":"spec.x"}]},"code":{{code}}}
            """);

        var thrown = await Should.ThrowAsync<KubeApiException>(() => _client.Pods().GetAsync("x"));

        thrown.GetType().ShouldBe(expected);
        ((int)thrown.StatusCode, thrown.Reason, thrown.Message).ShouldBe((code, reason, $"pods \"x\" says {reason}"));
        thrown.Status!.Details!.Causes![0].Field.ShouldBe("spec.x");
    }

    [Fact]
    public async Task TooManyRequests_CarriesRetryAfter_FromTheHeader()
    {
        _server.RespondJson(429, """{"kind":"Status","reason":"TooManyRequests","code":429}""", retryAfter: "7");

        var thrown = await Should.ThrowAsync<KubeTooManyRequestsException>(() => _client.Pods().GetAsync("x"));

        thrown.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task TooManyRequests_WithoutHeader_TakesRetryAfterFromTheStatusDetails()
    {
        _server.RespondJson(429, """{"kind":"Status","reason":"TooManyRequests","details":{"retryAfterSeconds":3},"code":429}""");

        var thrown = await Should.ThrowAsync<KubeTooManyRequestsException>(() => _client.Pods().GetAsync("x"));

        thrown.RetryAfter.ShouldBe(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task BodyThatIsNotAStatus_BecomesTheMessage()
    {
        _server.Respond(async context =>
        {
            context.Response.StatusCode = 502;
            await context.Response.WriteAsync("<html>Bad Gateway</html>");
        });

        var thrown = await Should.ThrowAsync<KubeServerException>(() => _client.Pods().GetAsync("x"));

        (thrown.StatusCode, thrown.Status, thrown.Reason).ShouldBe((HttpStatusCode.BadGateway, null, null));
        thrown.Message.ShouldBe("The API server answered 502 BadGateway: <html>Bad Gateway</html>");
    }
}
