using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OrleansLife.Api.Cluster;
using OrleansLife.Api.Tests.Support;
using OrleansLife.Operator.Leadership;

namespace OrleansLife.Api.Tests.Apis;

/// <summary><c>GET /api/health</c>, <c>/api/health/live</c> and the silos' roles in <c>/api/cluster</c>. A standby's answer is in LeaderElectionTests.</summary>
[Collection(SiloCollection.Name)]
public sealed class HealthApiTests(SiloFactory silo)
{
    [Fact]
    public async Task TheElectedSilo_IsHealthy_AsTheLeader_AndSaysSoInTheCluster()
    {
        var elector = silo.Services.GetRequiredService<LeaderElector>();
        await elector.WhenLeadingAsync().WaitAsync(TimeSpan.FromSeconds(10));
        using var client = silo.CreateClient();

        var health = await (await client.GetAsync("/api/health")).ReadJsonAsync(HttpStatusCode.OK);
        var cluster = await (await client.GetAsync("/api/cluster")).ReadJsonAsync(HttpStatusCode.OK);

        health.Text().ShouldBe($$"""{"role":"leader","leader":"{{elector.Identity}}","playsBoards":true}""");
        var only = cluster["silos"]![0]!;
        (only["role"]!.GetValue<string>(), only["leader"]!.GetValue<string>()).ShouldBe(("leader", elector.Identity));
    }

    [Fact]
    public async Task ASiloWithoutKubernetes_PlaysItsOwnBoards_AndIsHealthyAlone()
    {
        await using var alone = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("Kubernetes:Mode", "none"));
        using var client = alone.CreateClient();

        var health = await (await client.GetAsync("/api/health")).ReadJsonAsync(HttpStatusCode.OK);

        health.Text().ShouldBe("""{"role":"alone","leader":null,"playsBoards":true}""");
    }

    [Fact]
    public async Task Live_IsOk_WithTheRole_WhileHealthSaysTheSiloDoesNotPlayTheBoards()
    {
        await using var standby = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Kubernetes:Mode", "none")
            .ConfigureTestServices(services => services.AddSingleton<ISiloRole>(new FixedRole(new SiloRole("standby", "silo-a")))));
        using var client = standby.CreateClient();

        using var health = await client.GetAsync("/api/health");
        var live = await (await client.GetAsync("/api/health/live")).ReadJsonAsync(HttpStatusCode.OK);

        health.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        live.Text().ShouldBe("""{"role":"standby","leader":"silo-a","playsBoards":false}""");
    }

    private sealed class FixedRole(SiloRole role) : ISiloRole
    {
        public SiloRole Read() => role;
    }
}
