using OrleansLife.Testing.Tools;
using OrleansLife.KubeEmulator;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Configuration;
using OrleansLife.Kubernetes.Hosting;
using OrleansLife.Kubernetes.Meta;
using OrleansLife.Kubernetes.Namespaces;

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

    /// <summary>A client of the emulator whose default namespace is <paramref name="namespace"/>; callers dispose it.</summary>
    public static KubeClient Client(this KubeApiEmulator emulator, string @namespace, KubeClientOptions? options = null) =>
        new(new KubeEndpoint(emulator.BaseAddress) { Namespace = @namespace }, options);

    /// <summary>Creates a namespace of its own for one test, so that tests sharing an emulator never see each other's pods.</summary>
    public static async Task<string> CreateNamespaceAsync(this KubeApiEmulator emulator, string prefix)
    {
        var name = $"{prefix}-{Interlocked.Increment(ref _namespaces)}";
        using var client = emulator.Client(name);
        await client.Namespaces().CreateAsync(new Namespace { Metadata = new ObjectMeta { Name = name } });
        return name;
    }
}
