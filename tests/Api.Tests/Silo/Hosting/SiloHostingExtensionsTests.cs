using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.Silo.Hosting;

public sealed class SiloHostingExtensionsTests
{
    [Fact]
    public async Task Silo_OnARealServer_LogsTheAddressItListensOn()
    {
        var logs = new LogCollector();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("urls", "http://127.0.0.1:0")
            .ConfigureLogging(logging => logging.AddProvider(logs)));
        factory.UseKestrel(0);

        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/api/patterns");

        response.EnsureSuccessStatusCode();
        var address = client.BaseAddress!.GetLeftPart(UriPartial.Authority);
        address.ShouldStartWith("http://127.0.0.1:");
        logs.Messages.ShouldContain($"OrleansLife silo listening on {address}");
    }
}
