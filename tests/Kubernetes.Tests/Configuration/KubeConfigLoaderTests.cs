using OrleansLife.Kubernetes.Configuration;
using OrleansLife.Kubernetes.Tests.Fakes;

namespace OrleansLife.Kubernetes.Tests.Configuration;

public sealed class KubeConfigLoaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Config(string clusters, string users, string contexts = DefaultContexts, string current = "dev") => $"""
        apiVersion: v1
        kind: Config
        current-context: {current}
        preferences: {"{}"}
        clusters:
        {clusters}
        users:
        {users}
        contexts:
        {contexts}
        """;

    private const string DefaultContexts = """
        - name: dev
          context: {cluster: dev-cluster, user: dev-user, namespace: life}
        - name: prod
          context: {cluster: prod-cluster, user: prod-user}
        """;

    private const string PlainClusters = """
        - name: dev-cluster
          cluster: {server: "http://127.0.0.1:8001"}
        - name: prod-cluster
          cluster: {server: "https://prod.example:6443", insecure-skip-tls-verify: true}
        """;

    private const string TokenUsers = """
        - name: dev-user
          user: {token: dev-token}
        - name: prod-user
          user: {token: prod-token}
        """;

    [Fact]
    public void CurrentContext_GivesServerNamespaceAndToken()
    {
        var path = _dir.Write("config", Config(PlainClusters, TokenUsers));

        var endpoint = KubeConfigLoader.Load(path);

        (endpoint.Server, endpoint.Namespace, endpoint.Token!.GetToken()).ShouldBe((new Uri("http://127.0.0.1:8001"), "life", "dev-token"));
        (endpoint.CertificateAuthority, endpoint.ClientCertificate, endpoint.InsecureSkipTlsVerify).ShouldBe((null, null, false));
    }

    [Fact]
    public void NamedContext_OverridesCurrent_AndDefaultsTheNamespace()
    {
        var path = _dir.Write("config", Config(PlainClusters, TokenUsers));

        var endpoint = KubeConfigLoader.Load(path, context: "prod");

        (endpoint.Server.Host, endpoint.Namespace, endpoint.Token!.GetToken(), endpoint.InsecureSkipTlsVerify)
            .ShouldBe(("prod.example", "default", "prod-token", true));
    }

    [Fact]
    public void CertificateData_IsDecodedFromBase64Pem()
    {
        var clusters = $$"""
            - name: dev-cluster
              cluster: {server: "https://127.0.0.1:6443", certificate-authority-data: {{TestCertificates.Base64(TestCertificates.Authority.ExportCertificatePem())}}}
            """;
        var users = $$"""
            - name: dev-user
              user:
                client-certificate-data: {{TestCertificates.Base64(TestCertificates.Client.ExportCertificatePem())}}
                client-key-data: {{TestCertificates.Base64(TestCertificates.ClientKeyPem)}}
            """;
        var path = _dir.Write("config", Config(clusters, users));

        var endpoint = KubeConfigLoader.Load(path);

        endpoint.CertificateAuthority!.Single().Thumbprint.ShouldBe(TestCertificates.Authority.Thumbprint);
        endpoint.ClientCertificate!.Thumbprint.ShouldBe(TestCertificates.Client.Thumbprint);
        endpoint.ClientCertificate.HasPrivateKey.ShouldBeTrue();
        endpoint.Token.ShouldBeNull();
    }

    [Fact]
    public void CertificateFiles_ResolveRelativeToTheKubeconfig()
    {
        _dir.Write("pki/ca.crt", TestCertificates.Authority.ExportCertificatePem());
        _dir.Write("pki/client.crt", TestCertificates.Client.ExportCertificatePem());
        _dir.Write("pki/client.key", TestCertificates.ClientKeyPem);
        var clusters = """
            - name: dev-cluster
              cluster: {server: "https://127.0.0.1:6443", certificate-authority: ../pki/ca.crt}
            """;
        var users = """
            - name: dev-user
              user: {client-certificate: ../pki/client.crt, client-key: ../pki/client.key}
            """;
        var path = _dir.Write("kube/config", Config(clusters, users));

        var endpoint = KubeConfigLoader.Load(path);

        endpoint.CertificateAuthority!.Single().Thumbprint.ShouldBe(TestCertificates.Authority.Thumbprint);
        endpoint.ClientCertificate!.Thumbprint.ShouldBe(TestCertificates.Client.Thumbprint);
    }

    [Fact]
    public void TokenFile_IsReadThroughAFileTokenSource_AndWinsOverToken()
    {
        _dir.Write("kube/token", "file-token\n");
        var users = """
            - name: dev-user
              user: {token: literal-token, tokenFile: token}
            """;
        var path = _dir.Write("kube/config", Config(PlainClusters, users));

        var endpoint = KubeConfigLoader.Load(path);

        var source = endpoint.Token.ShouldBeOfType<FileTokenSource>();
        (source.Path, source.GetToken()).ShouldBe((Path.Combine(_dir.Path, "kube", "token"), "file-token"));
    }

    [Fact]
    public void KubeconfigEnvironmentVariable_MergesFilesFirstWins_SkippingMissingOnes()
    {
        var first = _dir.Write("a", Config(PlainClusters, """
            - name: dev-user
              user: {token: from-a}
            """, contexts: """
            - name: dev
              context: {cluster: dev-cluster, user: dev-user, namespace: from-a}
            """, current: "dev"));
        var second = _dir.Write("b", Config("""
            - name: dev-cluster
              cluster: {server: "http://ignored:1"}
            """, """
            - name: dev-user
              user: {token: from-b}
            - name: prod-user
              user: {token: prod-from-b}
            """, contexts: """
            - name: prod
              context: {cluster: prod-cluster, user: prod-user}
            """, current: "prod"));
        var list = string.Join(Path.PathSeparator, Path.Combine(_dir.Path, "missing"), first, second);

        var dev = KubeConfigLoader.Load(environment: Environment(("KUBECONFIG", list)));
        var prod = KubeConfigLoader.Load(context: "prod", environment: Environment(("KUBECONFIG", list)));

        (dev.Server.Host, dev.Namespace, dev.Token!.GetToken()).ShouldBe(("127.0.0.1", "from-a", "from-a"));
        (prod.Server.Host, prod.Token!.GetToken()).ShouldBe(("prod.example", "prod-from-b"));
    }

    [Fact]
    public void WithoutKubeconfigVariable_ReadsDotKubeConfigUnderHome()
    {
        _dir.Write(".kube/config", Config(PlainClusters, TokenUsers));

        var endpoint = KubeConfigLoader.Load(environment: Environment(("HOME", _dir.Path)));

        endpoint.Token!.GetToken().ShouldBe("dev-token");
        KubeConfigLoader.DefaultPaths(Environment(("HOME", "/home/x"))).ShouldBe(["/home/x/.kube/config"]);
    }

    [Theory]
    [InlineData("nope", "The kubeconfig has no context 'nope'.")]
    [InlineData("orphan", "Context 'orphan' refers to cluster 'gone', which the kubeconfig lacks.")]
    public void UnknownContextOrCluster_IsAConfigError(string context, string message)
    {
        var contexts = DefaultContexts + "\n- name: orphan\n  context: {cluster: gone, user: dev-user}";
        var path = _dir.Write("config", Config(PlainClusters, TokenUsers, contexts));

        Should.Throw<KubeConfigException>(() => KubeConfigLoader.Load(path, context)).Message.ShouldBe(message);
    }

    [Fact]
    public void MissingFile_IsAConfigError() =>
        Should.Throw<KubeConfigException>(() => KubeConfigLoader.Load(environment: Environment(("KUBECONFIG", Path.Combine(_dir.Path, "none")))));

    [Fact]
    public void CertificateWithoutKey_IsAConfigError()
    {
        var users = $$"""
            - name: dev-user
              user: {client-certificate-data: {{TestCertificates.Base64(TestCertificates.Client.ExportCertificatePem())}}}
            """;
        var path = _dir.Write("config", Config(PlainClusters, users));

        Should.Throw<KubeConfigException>(() => KubeConfigLoader.Load(path)).Message.ShouldBe("A client certificate needs both client-certificate and client-key.");
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
