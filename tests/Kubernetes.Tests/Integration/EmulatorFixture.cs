using OrleansLife.KubeEmulator;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Configuration;
using OrleansLife.Kubernetes.Hosting;

namespace OrleansLife.Kubernetes.Tests.Integration;

/// <summary>
/// One in-process API emulator per test class, with the Board CRD installed and a <c>life</c> namespace; a short
/// watch history lets a test provoke 410 Gone, and quick pod start-up lets one watch a pod turn Running.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public const string Namespace = "life";

    public KubeApiEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new KubeEmulatorOptions
        {
            WatchHistorySize = 64,
            PodRunningDelay = TimeSpan.FromMilliseconds(50),
            MaxPodTerminationDelay = TimeSpan.Zero,
            KubeconfigPath = null,
        };
        options.CustomResourceDefinitionFiles.Add(Path.Combine(RepositoryRoot(), "deploy", "crds", "boards.orleanslife.io.yaml"));
        options.Namespaces.Add(Namespace);
        Emulator = new KubeApiEmulator(options);
        await Emulator.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await Emulator.DisposeAsync();

    /// <summary>A client of the emulator; callers dispose it.</summary>
    public KubeClient Client(TimeProvider? time = null, KubeClientOptions? options = null) =>
        new(new KubeEndpoint(Emulator.BaseAddress) { Namespace = Namespace }, options, time);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OrleansLife.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("OrleansLife.sln not found above the test binaries.");
    }
}
