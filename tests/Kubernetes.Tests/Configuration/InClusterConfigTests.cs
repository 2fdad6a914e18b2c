using OrleansLife.Kubernetes.Configuration;
using OrleansLife.Kubernetes.Tests.Fakes;
using OrleansLife.Testing;

namespace OrleansLife.Kubernetes.Tests.Configuration;

public sealed class InClusterConfigTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ManualTimeProvider _time = new();

    public InClusterConfigTests()
    {
        _dir.Write("token", "sa-token-1");
        _dir.Write("ca.crt", TestCertificates.Authority.ExportCertificatePem());
        _dir.Write("namespace", "life\n");
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_ReadsServiceEnvironmentAndServiceAccountFiles()
    {
        var endpoint = InClusterConfig.Load(_dir.Path, _time, Env("10.96.0.1", "443"));

        endpoint.Server.ShouldBe(new Uri("https://10.96.0.1:443/"));
        endpoint.Namespace.ShouldBe("life");
        endpoint.CertificateAuthority!.Single().Thumbprint.ShouldBe(TestCertificates.Authority.Thumbprint);
        endpoint.Token!.GetToken().ShouldBe("sa-token-1");
    }

    [Fact]
    public void Load_BracketsAnIPv6Host()
    {
        InClusterConfig.Load(_dir.Path, _time, Env("fd00:10:96::1", "6443")).Server.ShouldBe(new Uri("https://[fd00:10:96::1]:6443/"));
    }

    [Fact]
    public void Token_IsReReadAfterRotation()
    {
        var endpoint = InClusterConfig.Load(_dir.Path, _time, Env("10.96.0.1", "443"));
        endpoint.Token!.GetToken().ShouldBe("sa-token-1");
        var modified = File.GetLastWriteTimeUtc(Path.Combine(_dir.Path, "token"));

        _dir.Write("token", "sa-token-2");
        // The kubelet swaps a symlink; the file we stat may keep its old time, so only the minute refresh catches it.
        File.SetLastWriteTimeUtc(Path.Combine(_dir.Path, "token"), modified);
        endpoint.Token.GetToken().ShouldBe("sa-token-1");
        _time.Advance(FileTokenSource.DefaultRefreshInterval);

        endpoint.Token.GetToken().ShouldBe("sa-token-2");
    }

    [Fact]
    public void MissingNamespaceFile_MeansDefault()
    {
        File.Delete(Path.Combine(_dir.Path, "namespace"));

        InClusterConfig.Load(_dir.Path, _time, Env("10.96.0.1", "443")).Namespace.ShouldBe("default");
    }

    [Fact]
    public void IsAvailable_NeedsTheEnvironmentAndTheToken()
    {
        InClusterConfig.IsAvailable(_dir.Path, Env("10.96.0.1", "443")).ShouldBeTrue();
        InClusterConfig.IsAvailable(_dir.Path, Env(null, "443")).ShouldBeFalse();
        InClusterConfig.IsAvailable(Path.Combine(_dir.Path, "elsewhere"), Env("10.96.0.1", "443")).ShouldBeFalse();
    }

    [Fact]
    public void Load_OutsideACluster_IsAConfigError() =>
        Should.Throw<KubeConfigException>(() => InClusterConfig.Load(_dir.Path, _time, Env(null, null)));

    private static Func<string, string?> Env(string? host, string? port) => name => name switch
    {
        "KUBERNETES_SERVICE_HOST" => host,
        "KUBERNETES_SERVICE_PORT" => port,
        _ => null,
    };
}
