using OrleansLife.KubeEmulator.Tests.Testing;
using OrleansLife.Testing.Tools;
using OrleansLife.Testing;

namespace OrleansLife.KubeEmulator.Tests.Kubectl;

/// <summary>An emulator on a manual clock, so every AGE kubectl prints is exact, plus a kubectl pointed at it.</summary>
public sealed class KubectlSession : IAsyncDisposable
{
    private KubectlSession(TestEmulator emulator, ManualTimeProvider time, OrleansLife.Testing.Tools.Kubectl kubectl)
    {
        Emulator = emulator;
        Time = time;
        Kubectl = kubectl;
    }

    public static readonly TimeSpan RunningDelay = TimeSpan.FromSeconds(3);

    public TestEmulator Emulator { get; }

    public ApiClient Api => Emulator.Api;

    public ManualTimeProvider Time { get; }

    public OrleansLife.Testing.Tools.Kubectl Kubectl { get; }

    private int _pods;

    public static async Task<KubectlSession> StartAsync(bool installBoardCrd = true)
    {
        var time = new ManualTimeProvider();
        var emulator = await TestEmulator.StartAsync(time, options =>
        {
            options.PodRunningDelay = RunningDelay;
            if (!installBoardCrd) options.CustomResourceDefinitionFiles.Clear();
        });
        var kubectl = new OrleansLife.Testing.Tools.Kubectl();
        await emulator.Emulator.WriteKubeconfigAsync(kubectl.KubeconfigPath);
        return new KubectlSession(emulator, time, kubectl);
    }

    public Task<KubectlResult> RunAsync(params string[] args) => Kubectl.RunAsync(args);

    /// <summary>Creates a pod through the API and waits until the fake kubelet has scheduled its start.</summary>
    public async Task<ApiResponse> CreatePodAsync(System.Text.Json.Nodes.JsonObject pod)
    {
        var created = await Api.PostAsync("/api/v1/namespaces/default/pods", pod);
        created.Code.ShouldBe(201, created.Text);
        await Time.WaitForTimersAsync(RunningDelay, Interlocked.Increment(ref _pods));
        return created;
    }

    public async ValueTask DisposeAsync()
    {
        Kubectl.Dispose();
        await Emulator.DisposeAsync();
    }
}
