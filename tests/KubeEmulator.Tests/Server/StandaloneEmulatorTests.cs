using OrleansLife.Testing.Tools;

namespace OrleansLife.KubeEmulator.Tests.Server;

/// <summary>The emulator on its own: started as a process, used by kubectl, stopped and started again with its state.</summary>
public sealed class StandaloneEmulatorTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("standalone-emulator-").FullName;

    private string StatePath => Path.Combine(_directory, "state", "emulator-state.json");

    private string KubeconfigPath => Path.Combine(_directory, "kubeconfig");

    [Fact]
    public async Task Restarted_KeepsWhatKubectlCreated_AndTheBoardDefinition()
    {
        using var kubectl = new OrleansLife.Testing.Tools.Kubectl(KubeconfigPath);
        KubectlResult board;
        int firstExit;
        await using (var first = await StartAsync())
        {
            await kubectl.RunAsync("create", "namespace", "team");
            board = await kubectl.RunWithInputAsync(File.ReadAllText(RepositoryPaths.Example("glider")), "apply", "-n", "team", "-f", "-");
            firstExit = await first.StopAsync();
        }

        await using var second = await StartAsync();
        var boards = await kubectl.RunAsync("get", "boards", "-n", "team", "-o", "name");
        var namespaces = await kubectl.RunAsync("get", "namespace", "team", "-o", "name");
        await second.StopAsync();

        board.Stdout.ShouldBe("board.orleanslife.io/glider created\n", board.Stderr);
        firstExit.ShouldBe(0);
        boards.Stdout.ShouldBe("board.orleanslife.io/glider\n", boards.Stderr);
        namespaces.Stdout.ShouldBe("namespace/team\n");
    }

    [Fact]
    public async Task Started_WritesAKubeconfigForItsNamespace_AndServesKubectl()
    {
        await using var emulator = await StartAsync("--namespace", "boards");
        using var kubectl = new OrleansLife.Testing.Tools.Kubectl(KubeconfigPath);

        var context = await kubectl.RunAsync("config", "view", "--minify", "-o", "jsonpath={.contexts[0].context.namespace}");
        var namespaces = await kubectl.RunAsync("get", "namespaces", "-o", "name");

        context.Stdout.ShouldBe("boards");
        namespaces.Lines.ShouldBe(["namespace/boards", "namespace/default", "namespace/kube-node-lease", "namespace/kube-public", "namespace/kube-system"]);
        File.Exists(StatePath).ShouldBeTrue();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<StandaloneProcess> StartAsync(params string[] extra) =>
        StandaloneProcess.StartAsync(["--port", "0", "--state", StatePath, "--kubeconfig", KubeconfigPath, .. extra]);
}
