using OrleansLife.Testing.Tools;
using OrleansLife.KubeEmulator.Hosting;

namespace OrleansLife.KubeEmulator.Tests.Testing;

/// <summary>A started emulator with an HTTP client for it, for tests that need their own (for example on a manual clock).</summary>
public sealed class TestEmulator : IAsyncDisposable
{
    private TestEmulator(KubeApiEmulator emulator, KubeEmulatorOptions options)
    {
        Emulator = emulator;
        Options = options;
        Api = new ApiClient(emulator.BaseAddress);
    }

    public KubeApiEmulator Emulator { get; }

    public KubeEmulatorOptions Options { get; }

    public ApiClient Api { get; }

    public static async Task<TestEmulator> StartAsync(TimeProvider? time = null, Action<KubeEmulatorOptions>? configure = null)
    {
        var options = new KubeEmulatorOptions { PodRunningDelay = TimeSpan.FromMilliseconds(50), MaxPodTerminationDelay = TimeSpan.Zero };
        options.CustomResourceDefinitionFiles.Add(RepositoryPaths.BoardCrd);
        configure?.Invoke(options);
        var emulator = new KubeApiEmulator(options, time);
        await emulator.StartAsync(CancellationToken.None);
        return new TestEmulator(emulator, options);
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Emulator.DisposeAsync();
    }
}
