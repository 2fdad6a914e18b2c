using System.Net;
using OrleansLife.Api.Tests.Support;
using OrleansLife.Testing.Tools;

namespace OrleansLife.Api.Tests.Kubernetes;

/// <summary>
/// The silo as the README runs it, with its embedded Kubernetes API, checked with the real kubectl: boards are Board
/// objects whichever way they are made, and their live cells are pods. kubectl's own <c>wait</c> and <c>--watch</c> wait
/// on the API's watch events, with timeouts that fail the test.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed partial class BoardObjectsTests(SiloFactory silo) : IDisposable
{
    private readonly HttpClient _client = silo.CreateClient();
    private readonly Kubectl _kubectl = new(silo.KubeconfigPath);

    public void Dispose() => _kubectl.Dispose();

    [Fact]
    public async Task ABoardPostedToTheApi_IsABoardObject_WithAPodForEachLiveCell()
    {
        var name = ApiClient.NewName("blinker");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");

        await WaitAsync($"--for=jsonpath={{.status.podsRunning}}=3", $"board/{name}");
        (await GetAsync("pods", "-l", $"orleanslife.io/board={name}", "-o", "name")).ShouldBe(
            [$"pod/{name}-1-2", $"pod/{name}-2-2", $"pod/{name}-3-2"]);
        var row = (await GetAsync("boards", name, "--no-headers")).Single();
        row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..6].ShouldBe([name, "0", "3", "3", "3", "Paused"]);
    }

    [Fact]
    public async Task Stepping_CreatesAPodPerBirth_AndDeletesOnePerDeath_AsKubectlWatchShows()
    {
        var name = ApiClient.NewName("blinker");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");
        await WaitAsync("--for=jsonpath={.status.podsExisting}=3", $"board/{name}");
        using var watch = _kubectl.Stream("get", "pods", "-l", $"orleanslife.io/board={name}", "--watch", "--output-watch-events", "--no-headers");
        // The watch lists the three pods first; once it has, it is watching, and the step cannot slip past it.
        for (var i = 0; i < 3; i++) await watch.WaitForLineAsync(line => line.StartsWith("ADDED", StringComparison.Ordinal));

        using var stepped = await _client.StepAsync(name);
        stepped.StatusCode.ShouldBe(HttpStatusCode.OK);

        // The row [1,2] [2,2] [3,2] becomes the column [2,1] [2,2] [2,3]: two births and two deaths.
        var seen = new HashSet<string>();
        string[] expected = [$"ADDED {name}-2-1", $"ADDED {name}-2-3", $"DELETED {name}-1-2", $"DELETED {name}-3-2"];
        while (!expected.All(seen.Contains))
        {
            var fields = (await watch.WaitForLineAsync(line => line.Length > 0)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            seen.Add($"{fields[0]} {fields[1]}");
        }

        seen.ShouldNotContain($"ADDED {name}-2-2", "the surviving cell's pod is left alone");
        await WaitAsync("--for=delete", $"pod/{name}-1-2", $"pod/{name}-3-2");
        (await GetAsync("pods", "-l", $"orleanslife.io/board={name}", "-o", "name")).ShouldBe(
            [$"pod/{name}-2-1", $"pod/{name}-2-2", $"pod/{name}-2-3"]);
    }

    [Fact]
    public async Task ABoardAppliedWithKubectl_StartsLikeOnePostedToTheApi_AndDeletingItDeletesItsPods()
    {
        var example = RepositoryPaths.Example("glider");
        (await RunAsync("apply", "-f", example)).ShouldBe("board.orleanslife.io/glider created\n");

        await WaitAsync("--for=jsonpath={.status.podsExisting}=5", "board/glider");
        var board = await (await _client.GetAsync("/api/boards/glider?cells=false")).ReadJsonAsync(HttpStatusCode.OK);
        (board["width"]!.GetValue<int>(), board["topology"]!.GetValue<string>(), board["tickMilliseconds"]!.GetValue<int>())
            .ShouldBe((12, "torus", 1000));

        await RunAsync("delete", "board", "glider", "--wait=true");
        await WaitAsync("--for=delete", "pod", "-l", "orleanslife.io/board=glider");
        (await GetAsync("pods", "-l", "orleanslife.io/board=glider", "-o", "name")).ShouldBeEmpty();
        using var gone = await _client.GetAsync("/api/boards/glider");
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ABoardAppliedWithABadSpec_FailsWithAStatusNamingTheField_AndStartsOnceFixed()
    {
        var name = ApiClient.NewName("bad");
        var yaml = $"""
            apiVersion: orleanslife.io/v1
            kind: Board
            metadata:
              name: {name}
            spec:
              height: 10
              pattern: glider
            """;
        (await RunWithInputAsync(yaml, "apply", "-f", "-")).ShouldBe($"board.orleanslife.io/{name} created\n");

        await WaitAsync("--for=jsonpath={.status.phase}=Failed", $"board/{name}");
        (await GetAsync("board", name, "-o", "jsonpath={.status.message}")).Single()
            .ShouldBe("spec.width: The width is required: the number of columns, from 1 to 4096.");
        using var missing = await _client.GetAsync($"/api/boards/{name}");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await RunAsync("patch", "board", name, "--type=merge", "-p", """{"spec":{"width":10}}""");
        await WaitAsync("--for=jsonpath={.status.phase}=Running", $"board/{name}");
        var fixedBoard = await (await _client.GetAsync($"/api/boards/{name}?cells=false")).ReadJsonAsync(HttpStatusCode.OK);
        (fixedBoard["width"]!.GetValue<int>(), fixedBoard["population"]!.GetValue<int>()).ShouldBe((10, 5));
        await RunAsync("delete", "board", name);
    }

    [Fact]
    public async Task ABoardWhoseFirstGenerationPassesThePodCap_IsRefused_NamingItsStartState_AndNoObjectIsMade()
    {
        var name = ApiClient.NewName("soup");
        // 64 × 64 at density 0.6 is about 2,458 live cells; the embedded emulator's cap is 2,000 pods per board.
        var problem = await _client.CreateShouldBeRefusedAsync(
            $$$"""{"name":"{{{name}}}","width":64,"height":64,"random":{"density":0.6,"seed":7}}""", HttpStatusCode.BadRequest, "random");

        problem.Error("random").ShouldEndWith("but the operator allows at most 2000 per board.");
        problem.Error("random").ShouldStartWith("Generation 0 has ");
        (await _kubectl.RunAsync("get", "board", name)).Stderr.ShouldContain("NotFound");
    }

    [Fact]
    public async Task PausingThroughTheApi_SetsTheSpec_AndPatchingTheSpecWithKubectl_ResumesTheBoard()
    {
        var name = ApiClient.NewName("glider");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":10,"height":10,"pattern":"glider","tickMilliseconds":60000}""");

        using var paused = await _client.PostAsync($"/api/boards/{name}/pause", null);
        (await paused.ReadJsonAsync(HttpStatusCode.OK))["state"]!.GetValue<string>().ShouldBe("paused");
        (await GetAsync("board", name, "-o", "jsonpath={.spec.paused}")).Single().ShouldBe("true");

        await RunAsync("patch", "board", name, "--type=merge", "-p", """{"spec":{"paused":false}}""");
        await WaitAsync("--for=jsonpath={.status.phase}=Running", $"board/{name}");
        var board = await (await _client.GetAsync($"/api/boards/{name}?cells=false")).ReadJsonAsync(HttpStatusCode.OK);
        board["state"]!.GetValue<string>().ShouldBe("running");
    }

    /// <summary>Runs kubectl, which must succeed; returns what it printed.</summary>
    private async Task<string> RunAsync(params string[] args) => Succeeded(await _kubectl.RunAsync(args), args);

    private async Task<string> RunWithInputAsync(string stdin, params string[] args) =>
        Succeeded(await _kubectl.RunWithInputAsync(stdin, args), args);

    private static string Succeeded(KubectlResult result, string[] args)
    {
        result.ExitCode.ShouldBe(0, $"kubectl {string.Join(' ', args)}: {result.Stderr}");
        return result.Stdout;
    }

    private async Task<string[]> GetAsync(params string[] args)
    {
        var result = await _kubectl.RunAsync(["get", .. args]);
        result.Stderr.ShouldBeEmpty();
        return result.Stdout.Length == 0 ? [] : result.Lines;
    }

    /// <summary><c>kubectl wait</c>, which watches until the condition holds: the test waits on the API's events.</summary>
    private Task WaitAsync(params string[] args) => _kubectl.WaitForAsync(args);
}
