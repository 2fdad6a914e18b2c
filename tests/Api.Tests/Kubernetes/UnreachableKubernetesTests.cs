using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.Kubernetes;

/// <summary>A silo pointed at a cluster whose API server does not answer: requests that must change a Board object say so.</summary>
public sealed class UnreachableKubernetesTests : IAsyncLifetime
{
    private const string Kubeconfig = """
        apiVersion: v1
        kind: Config
        clusters:
        - name: nowhere
          cluster:
            server: http://127.0.0.1:1
        users:
        - name: nobody
          user: {}
        contexts:
        - name: nowhere
          context: {cluster: nowhere, user: nobody, namespace: default}
        current-context: nowhere
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("orleanslife-unreachable-").FullName;
    private WebApplicationFactory<Program>? _silo;

    public Task InitializeAsync()
    {
        var kubeconfig = Path.Combine(_directory, "kubeconfig");
        File.WriteAllText(kubeconfig, Kubeconfig);
        _silo = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Kubernetes:Mode", "cluster")
            .UseSetting("Kubernetes:KubeConfigPath", kubeconfig)
            .UseSetting("Kubernetes:MaxRetries", "0"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null) await _silo.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task CreatingABoard_IsA503_SayingNothingWasChanged_AndNoBoardStarts()
    {
        using var client = _silo!.CreateClient();

        using var response = await client.SendAsync(WithToken(HttpMethod.Post, "/api/boards",
            ApiClient.Json("""{"name":"orphan","width":5,"height":5,"pattern":"blinker"}""")));

        // Against a cluster every change is first checked with a TokenReview, which cannot be asked either.
        var problem = await response.ReadJsonAsync(HttpStatusCode.ServiceUnavailable);
        problem["title"]!.GetValue<string>().ShouldBe("The change could not be checked against the cluster's RBAC; nothing was changed.");
        problem["detail"]!.GetValue<string>().ShouldStartWith("The silo could not reach the Kubernetes API for a TokenReview: ");
        (await client.ListTextAsync()).ShouldBe("[]");
    }

    [Fact]
    public async Task DeletingOrPausingABoard_IsA503_Too()
    {
        using var client = _silo!.CreateClient();

        using var deleted = await client.SendAsync(WithToken(HttpMethod.Delete, "/api/boards/somewhere"));
        using var paused = await client.SendAsync(WithToken(HttpMethod.Post, "/api/boards/somewhere/pause"));

        (await deleted.ReadJsonAsync(HttpStatusCode.ServiceUnavailable))["detail"]!.GetValue<string>()
            .ShouldStartWith("The silo could not reach the Kubernetes API for a TokenReview");
        (await paused.ReadJsonAsync(HttpStatusCode.ServiceUnavailable))["detail"]!.GetValue<string>()
            .ShouldStartWith("The silo could not reach the Kubernetes API for a TokenReview");
    }

    private static HttpRequestMessage WithToken(HttpMethod method, string path, HttpContent? content = null) => new(method, path)
    {
        Content = content,
        Headers = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "some-token") },
    };
}
