namespace OrleansLife.KubeEmulator.Tests.Kubectl;

/// <summary>
/// <c>kubectl auth</c> and <c>kubectl cluster-info</c>: the emulator's admin may do everything, its reader only read, and
/// each says who it is. kubectl sends no token over plain HTTP, so it asks as the reader with <c>--as</c>.
/// </summary>
public sealed class KubectlAccessTests
{
    [Fact]
    public async Task AuthCanI_AnyVerbOnAnyResourceOrPath_IsYes()
    {
        await using var session = await KubectlSession.StartAsync();

        var pods = await session.RunAsync("auth", "can-i", "create", "pods");
        var boards = await session.RunAsync("auth", "can-i", "delete", "boards", "-n", "elsewhere");
        var path = await session.RunAsync("auth", "can-i", "get", "/healthz");
        var list = await session.RunAsync("auth", "can-i", "--list");

        (pods.ExitCode, pods.Stdout).ShouldBe((0, "yes\n"), pods.Stderr);
        (boards.ExitCode, boards.Stdout).ShouldBe((0, "yes\n"), boards.Stderr);
        (path.ExitCode, path.Stdout).ShouldBe((0, "yes\n"), path.Stderr);
        list.Lines.ShouldBe(
        [
            "Resources   Non-Resource URLs   Resource Names   Verbs",
            "*.*         []                  []               [*]",
            "            [*]                 []               [*]",
        ]);
    }

    [Fact]
    public async Task AuthWhoami_NamesTheAdminUser()
    {
        await using var session = await KubectlSession.StartAsync();

        var whoami = await session.RunAsync("auth", "whoami");

        whoami.Lines.ShouldBe(
        [
            "ATTRIBUTE   VALUE",
            "Username    orleanslife-admin",
            "Groups      [system:masters system:authenticated]",
        ]);
    }

    [Fact]
    public async Task AuthCanI_AsTheReader_IsYesToReadingBoards_AndNoToChangingThem()
    {
        await using var session = await KubectlSession.StartAsync();

        var get = await session.RunAsync("auth", "can-i", "get", "boards", "--as", "orleanslife-reader");
        var watch = await session.RunAsync("auth", "can-i", "watch", "boards.orleanslife.io", "--as", "orleanslife-reader");
        var patch = await session.RunAsync("auth", "can-i", "patch", "boards", "--as", "orleanslife-reader");
        var delete = await session.RunAsync("auth", "can-i", "delete", "boards", "--as", "orleanslife-reader");

        (get.ExitCode, get.Stdout).ShouldBe((0, "yes\n"), get.Stderr);
        (watch.ExitCode, watch.Stdout).ShouldBe((0, "yes\n"), watch.Stderr);
        // kubectl answers "no" with exit code 1.
        (patch.ExitCode, patch.Stdout).ShouldBe((1, "no\n"), patch.Stderr);
        (delete.ExitCode, delete.Stdout).ShouldBe((1, "no\n"), delete.Stderr);
    }

    [Fact]
    public async Task AuthWhoami_AsTheReader_NamesTheReader()
    {
        await using var session = await KubectlSession.StartAsync();

        var whoami = await session.RunAsync("auth", "whoami", "--as", "orleanslife-reader");

        whoami.Lines.ShouldBe(
        [
            "ATTRIBUTE   VALUE",
            "Username    orleanslife-reader",
            "Groups      [system:authenticated]",
        ]);
    }

    [Fact]
    public async Task AuthCanI_AsAUserTheEmulatorDoesNotKnow_IsNo()
    {
        await using var session = await KubectlSession.StartAsync();

        var get = await session.RunAsync("auth", "can-i", "get", "boards", "--as", "mallory");

        (get.ExitCode, get.Stdout).ShouldBe((1, "no\n"), get.Stderr);
    }

    [Fact]
    public async Task ClusterInfo_NamesTheControlPlane()
    {
        await using var session = await KubectlSession.StartAsync();

        var info = await session.RunAsync("cluster-info");

        info.ExitCode.ShouldBe(0, info.Stderr);
        info.Lines.ShouldBe(
        [
            $"Kubernetes control plane is running at {session.Emulator.Emulator.BaseAddress.GetLeftPart(UriPartial.Authority)}",
            "",
            "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.",
        ]);
    }
}
