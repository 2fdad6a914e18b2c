using System.Diagnostics;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Clients;

/// <summary>
/// Debian's python3-kubernetes against the emulator, configured from the kubeconfig the emulator writes. It must be
/// installed (<c>apt-get install python3-kubernetes</c>; .ci/run does) and is run with <c>/usr/bin/python3</c>, not
/// whatever python3 is first on PATH.
/// </summary>
public sealed class PythonClientTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Python = "/usr/bin/python3";

    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Clients", "Python", "client_checks.py");

    [Fact]
    public async Task ListPods_ReturnsTheCreatedPodsInNameOrder()
    {
        var result = await RunAsync(fixture.Emulator, await fixture.NewNamespaceAsync(), "pods");

        result["names"]!.ToJsonString().ShouldBe("""["cell-a","cell-b"]""");
    }

    [Fact]
    public async Task Watch_FromAResourceVersion_SeesOnlyLaterChanges()
    {
        var result = await RunAsync(fixture.Emulator, await fixture.NewNamespaceAsync(), "watch-from");

        result["events"]!.ToJsonString().ShouldBe("""[["ADDED","second"],["DELETED","first"]]""");
    }

    [Fact]
    public async Task Watch_FromAnExpiredResourceVersion_RaisesA410()
    {
        await using var emulator = await TestEmulator.StartAsync(configure: options => options.WatchHistorySize = 2);
        var first = await emulator.Api.PostAsync("/apis/coordination.k8s.io/v1/namespaces/default/leases", TestObjects.Lease("l0", "a"));
        for (var i = 1; i <= 3; i++) await emulator.Api.PostAsync("/apis/coordination.k8s.io/v1/namespaces/default/leases", TestObjects.Lease($"l{i}", "a"));

        var result = await RunAsync(emulator, "default", "watch-expired", first["metadata.resourceVersion"]!);

        result.ToJsonString().ShouldBe("""{"status":410}""");
    }

    [Fact]
    public async Task CustomObjects_CreateListAndGet_SeeTheBoard()
    {
        var result = await RunAsync(fixture.Emulator, await fixture.NewNamespaceAsync(), "custom-objects");

        result.ToJsonString().ShouldBe("""{"kind":"BoardList","names":["glider"],"pattern":"glider"}""");
    }

    [Fact]
    public async Task Lease_ReplacedWithAStaleResourceVersion_IsA409()
    {
        var result = await RunAsync(fixture.Emulator, await fixture.NewNamespaceAsync(), "leases");

        result.ToJsonString().ShouldBe("""{"holder":"silo-b","stale":409}""");
    }

    private static async Task<JsonObject> RunAsync(TestEmulator emulator, string ns, string check, string? argument = null)
    {
        var directory = Directory.CreateTempSubdirectory("python-client-").FullName;
        try
        {
            var kubeconfig = Path.Combine(directory, "kubeconfig");
            await emulator.Emulator.WriteKubeconfigAsync(kubeconfig, ns);
            var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { Script, kubeconfig, ns, check }) start.ArgumentList.Add(arg);
            if (argument is not null) start.ArgumentList.Add(argument);
            start.Environment["HOME"] = directory;
            start.Environment.Remove("KUBECONFIG");
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(deadline.Token);
            process.ExitCode.ShouldBe(0, $"python3-kubernetes check {check} failed (is python3-kubernetes installed?):\n{await stderr}");
            return JsonNode.Parse(await stdout)!.AsObject();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
