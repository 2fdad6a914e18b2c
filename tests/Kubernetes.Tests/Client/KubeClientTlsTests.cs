using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Configuration;
using OrleansLife.Kubernetes.Hosting;
using OrleansLife.Kubernetes.Tests.Fakes;

namespace OrleansLife.Kubernetes.Tests.Client;

/// <summary>The kubeconfig's TLS settings, end to end against a Kestrel server that demands a client certificate.</summary>
public sealed class KubeClientTlsTests : IAsyncLifetime, IDisposable
{
    private const string NamespaceJson = """{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"life"}}""";
    private readonly TempDirectory _dir = new();
    private FakeKubeApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeKubeApiServer.StartAsync(listen => listen.UseHttps(https =>
    {
        https.ServerCertificate = TestCertificates.Server;
        https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
        https.ClientCertificateValidation = (certificate, _, _) => certificate.Thumbprint == TestCertificates.Client.Thumbprint;
    }));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ClusterCa_AndClientCertificate_FromKubeconfigData_AuthenticateBothWays()
    {
        using var client = ClientFor($"certificate-authority-data: {TestCertificates.Base64(TestCertificates.Authority.ExportCertificatePem())}");
        _server.RespondJson(200, NamespaceJson);

        (await client.Namespaces().GetAsync("life")).Metadata.Name.ShouldBe("life");

        (await _server.NextRequestAsync()).ClientCertificateThumbprint.ShouldBe(TestCertificates.Client.Thumbprint);
    }

    [Fact]
    public async Task ServerSignedByAnotherCa_IsRefused_WithoutRetrying()
    {
        using var client = ClientFor($"certificate-authority-data: {TestCertificates.Base64(TestCertificates.OtherAuthority.ExportCertificatePem())}");

        var thrown = await Should.ThrowAsync<HttpRequestException>(() => client.Namespaces().GetAsync("life"));

        thrown.HttpRequestError.ShouldBe(HttpRequestError.SecureConnectionError);
        client.Metrics.Retries.ShouldBe(0);
    }

    [Fact]
    public async Task InsecureSkipTlsVerify_AcceptsAnUntrustedServer()
    {
        using var client = ClientFor("insecure-skip-tls-verify: true");
        _server.RespondJson(200, NamespaceJson);

        (await client.Namespaces().GetAsync("life")).Metadata.Name.ShouldBe("life");
    }

    private KubeClient ClientFor(string clusterTls)
    {
        var path = _dir.Write("config", $"""
            current-context: tls
            clusters:
            - name: c
              cluster:
                server: https://127.0.0.1:{_server.BaseAddress.Port}
                {clusterTls}
            users:
            - name: u
              user:
                client-certificate-data: {TestCertificates.Base64(TestCertificates.Client.ExportCertificatePem())}
                client-key-data: {TestCertificates.Base64(TestCertificates.ClientKeyPem)}
            contexts:
            - name: tls
              context: {"{cluster: c, user: u}"}
            """);
        return new KubeClient(KubeConfigLoader.Load(path), new KubeClientOptions { MaxRetries = 1 });
    }
}
