using OrleansLife.Kubernetes.Configuration;
using OrleansLife.Kubernetes.Hosting;
using OrleansLife.Kubernetes.Tests.Fakes;

namespace OrleansLife.Kubernetes.Tests.Hosting;

public sealed class KubeEndpointResolverTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public KubeEndpointResolverTests()
    {
        _dir.Write("sa/token", "sa-token");
        _dir.Write("sa/namespace", "in-cluster");
        _dir.Write("kube/config", """
            current-context: c
            clusters: [{name: c, cluster: {server: "http://127.0.0.1:9"}}]
            contexts: [{name: c, context: {cluster: c, namespace: from-kubeconfig}}]
            """);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void ExplicitServer_WinsOverEverything() =>
        Resolve(new KubeClientOptions { Server = new Uri("http://127.0.0.1:5000") }).Server.ShouldBe(new Uri("http://127.0.0.1:5000"));

    [Fact]
    public void InsideAPod_UsesTheServiceAccount() =>
        Resolve(new KubeClientOptions()).Namespace.ShouldBe("in-cluster");

    [Fact]
    public void InClusterFalse_UsesTheKubeconfigEvenInAPod() =>
        Resolve(new KubeClientOptions { InCluster = false }).Namespace.ShouldBe("from-kubeconfig");

    [Fact]
    public void OutsideAPod_UsesTheKubeconfig() =>
        Resolve(new KubeClientOptions(), inPod: false).Namespace.ShouldBe("from-kubeconfig");

    private KubeEndpoint Resolve(KubeClientOptions options, bool inPod = true)
    {
        options.ServiceAccountDirectory = Path.Combine(_dir.Path, "sa");
        options.KubeConfigPath = Path.Combine(_dir.Path, "kube", "config");
        return KubeEndpointResolver.Resolve(options, TimeProvider.System, name => (inPod, name) switch
        {
            (true, "KUBERNETES_SERVICE_HOST") => "10.96.0.1",
            (true, "KUBERNETES_SERVICE_PORT") => "443",
            _ => null,
        });
    }
}
