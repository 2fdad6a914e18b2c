using k8s;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Clients;

/// <summary>The official C# client built the way a user builds it: from the kubeconfig the emulator writes.</summary>
public sealed class CSharpClient : IDisposable
{
    private readonly string _directory;

    private CSharpClient(string directory, KubernetesClientConfiguration configuration)
    {
        _directory = directory;
        Configuration = configuration;
        Api = new Kubernetes(configuration);
    }

    public KubernetesClientConfiguration Configuration { get; }

    public Kubernetes Api { get; }

    public static async Task<CSharpClient> ConnectAsync(TestEmulator emulator, string @namespace = "default")
    {
        var directory = Directory.CreateTempSubdirectory("csharp-client-").FullName;
        var path = Path.Combine(directory, "kubeconfig");
        await emulator.Emulator.WriteKubeconfigAsync(path, @namespace);
        return new CSharpClient(directory, KubernetesClientConfiguration.BuildConfigFromConfigFile(path));
    }

    public void Dispose()
    {
        Api.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
