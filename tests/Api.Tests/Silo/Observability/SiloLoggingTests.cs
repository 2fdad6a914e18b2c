using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.Silo.Observability;

/// <summary><c>--log-format json</c>: one JSON object per console line, with the silo's name and, for a board, its name.</summary>
public sealed class SiloLoggingTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "orleanslife-logging-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task JsonLogs_NameTheSiloOnEveryLine_AndTheBoardOnTheLinesLoggedForIt()
    {
        var console = new ConsoleCapture();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Logging:Format", "json")
            .UseSetting("Kubernetes:Mode", "emulator")
            .UseSetting("KubeEmulator:PersistencePath", "")
            .UseSetting("KubeEmulator:KubeconfigPath", Path.Combine(_directory, "kubeconfig")));
        // The console logger takes the console's writer as the host is built; other tests' hosts keep the real one.
        var original = Console.Out;
        Console.SetOut(console);
        HttpClient client;
        try
        {
            client = factory.CreateClient();
        }
        finally
        {
            Console.SetOut(original);
        }

        using var _ = client;
        var name = ApiClient.NewName("logged");
        await client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");
        var started = JsonNode.Parse(await console.WhenLineAsync(
            line => line.Contains($"Board {name} started from its object", StringComparison.Ordinal), TimeSpan.FromSeconds(20)))!;
        var silo = (await client.GetFromJsonNodeAsync("/api/cluster"))["silos"]![0]!["name"]!.GetValue<string>();

        (started["LogLevel"]!.GetValue<string>(), started["Category"]!.GetValue<string>()).ShouldBe(("Information", "OrleansLife.Operator.Boards.BoardController"));
        started["State"]!["Board"]!.GetValue<string>().ShouldBe(name);
        var scopes = started["Scopes"]!.AsArray();
        scopes[0]!["Silo"]!.GetValue<string>().ShouldBe(silo);
        scopes.ShouldContain(scope => scope!["Board"] != null && scope["Board"]!.GetValue<string>() == name);
        // A host another test builds meanwhile may write its text lines here too; every JSON line is this silo's.
        var json = console.Lines.Where(line => line.StartsWith('{')).ToList();
        json.Count.ShouldBeGreaterThan(1);
        json.ShouldAllBe(line => JsonNode.Parse(line)!["Scopes"]![0]!["Silo"]!.GetValue<string>() == silo);
    }
}
