using OrleansLife.Testing.Tools;
using OrleansLife.KubeEmulator;
using OrleansLife.KubeEmulator.Hosting;
using k8s;
using k8s.Models;
using OrleansLife.Operator.Client;

namespace OrleansLife.Operator.Tests.Testing;

/// <summary>Starts in-process API emulators with the Board CRD installed, pods that start in 50 ms and die at once.</summary>
internal static class TestEmulator
{
    private static int _namespaces;

    public static async Task<KubeApiEmulator> StartAsync(TimeProvider? time = null, Action<KubeEmulatorOptions>? configure = null)
    {
        var options = new KubeEmulatorOptions
        {
            PodRunningDelay = TimeSpan.FromMilliseconds(50),
            MaxPodTerminationDelay = TimeSpan.Zero,
            KubeconfigPath = null,
        };
        options.CustomResourceDefinitionFiles.Add(RepositoryPaths.BoardCrd);
        configure?.Invoke(options);
        var emulator = new KubeApiEmulator(options, time);
        await emulator.StartAsync(CancellationToken.None);
        return emulator;
    }

    /// <summary>
    /// A client of the emulator as the silo makes one (KubernetesClient with OrleansLife's rate limit, retries and
    /// counters, into <paramref name="metrics"/> when given); callers dispose it.
    /// </summary>
    public static Kubernetes Client(this KubeApiEmulator emulator, KubeClientOptions? options = null, KubeClientMetrics? metrics = null) =>
        KubeClientFactory.Create(KubeClientFactory.Direct(emulator.BaseAddress), options, metrics);

    /// <summary>Creates a namespace of its own for one test, so that tests sharing an emulator never see each other's pods.</summary>
    public static async Task<string> CreateNamespaceAsync(this KubeApiEmulator emulator, string prefix)
    {
        var name = $"{prefix}-{Interlocked.Increment(ref _namespaces)}";
        using var client = emulator.Client();
        await client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = name } });
        return name;
    }
}
