using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests;

/// <summary>The emulator's own lifecycle: addresses, the kubeconfig it writes, and its initial state.</summary>
public sealed class KubeApiEmulatorTests
{
    [Fact]
    public void BaseAddress_BeforeStart_Throws() =>
        Should.Throw<InvalidOperationException>(() => new KubeApiEmulator(new KubeEmulatorOptions()).BaseAddress)
            .Message.ShouldBe("The emulator has not been started.");

    [Fact]
    public async Task StartAsync_WithInvalidOptions_Throws()
    {
        await using var emulator = new KubeApiEmulator(new KubeEmulatorOptions { Port = -1 });

        var error = await Should.ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => emulator.StartAsync(CancellationToken.None));

        error.Message.ShouldBe("Port must be between 0 and 65535.");
    }

    [Fact]
    public async Task StartAsync_ListensOnLoopback_WithTheSystemNamespaces()
    {
        await using var emulator = await TestEmulator.StartAsync();

        var namespaces = await emulator.Api.GetAsync("/api/v1/namespaces");

        emulator.Emulator.BaseAddress.Host.ShouldBe("127.0.0.1");
        emulator.Emulator.BaseAddress.Port.ShouldBeGreaterThan(0);
        namespaces.Json["items"]!.AsArray().Select(n => n.Text("metadata.name")).ShouldBe(["default", "kube-node-lease", "kube-public", "kube-system"]);
    }

    [Fact]
    public async Task WriteKubeconfigAsync_WritesAContextForTheNamespace_AndCreatesIt()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var path = Path.Combine(Path.GetTempPath(), $"kubeconfig-{Guid.NewGuid():N}");

        await emulator.Emulator.WriteKubeconfigAsync(path, "orleanslife");
        var written = await File.ReadAllTextAsync(path);
        var mode = OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(path);
        var ns = await emulator.Api.GetAsync("/api/v1/namespaces/orleanslife");
        File.Delete(path);

        written.ShouldBe($"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: orleanslife
              cluster:
                server: http://127.0.0.1:{emulator.Emulator.BaseAddress.Port}
            users:
            - name: orleanslife
              user:
                token: {emulator.Emulator.AdminToken}
            - name: orleanslife-reader
              user:
                token: {emulator.Emulator.ReaderToken}
            contexts:
            - name: orleanslife
              context:
                cluster: orleanslife
                user: orleanslife
                namespace: orleanslife
            - name: orleanslife-reader
              context:
                cluster: orleanslife
                user: orleanslife-reader
                namespace: orleanslife
            current-context: orleanslife
            preferences: {"{}"}

            """);
        ns.Code.ShouldBe(200);
        if (!OperatingSystem.IsWindows()) mode.ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, "the tokens are credentials");
        emulator.Emulator.AdminToken.ShouldStartWith("orleanslife-admin-");
        emulator.Emulator.ReaderToken.ShouldStartWith("orleanslife-reader-");
    }

    [Fact]
    public async Task StartAsync_WithAFixedPort_ListensOnIt()
    {
        var port = FreePort();

        await using var emulator = await TestEmulator.StartAsync(configure: o => o.Port = port);

        emulator.Emulator.BaseAddress.ShouldBe(new Uri($"http://127.0.0.1:{port}/"));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
