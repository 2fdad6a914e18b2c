using OrleansLife.Operator.Client;

namespace OrleansLife.Operator.Tests.Client;

/// <summary>Kubeconfig files as kubectl reads them, through KubernetesClient's loader.</summary>
public sealed class KubeconfigLoaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orleanslife-kubeconfig-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void AUserWithoutCredentials_IsAnApiServerThatAsksForNone()
    {
        var path = Write("""
            apiVersion: v1
            kind: Config
            clusters:
            - name: local
              cluster: {server: http://127.0.0.1:8001}
            users:
            - name: anonymous
              user: {}
            contexts:
            - name: local
              context: {cluster: local, user: anonymous, namespace: life}
            current-context: local
            """);

        var configuration = KubeconfigLoader.Load(path);

        (configuration.Host, configuration.Namespace, configuration.AccessToken, configuration.TokenProvider).ShouldBe(("http://127.0.0.1:8001", "life", null, null));
    }

    [Fact]
    public void AUserWithAToken_KeepsIt_InTheContextAskedFor()
    {
        var path = Write("""
            apiVersion: v1
            kind: Config
            clusters:
            - name: one
              cluster: {server: http://127.0.0.1:1}
            - name: two
              cluster: {server: http://127.0.0.1:2}
            users:
            - name: anonymous
              user: {}
            - name: admin
              user: {token: secret}
            contexts:
            - name: one
              context: {cluster: one, user: anonymous}
            - name: two
              context: {cluster: two, user: admin, namespace: games}
            current-context: one
            """);

        var configuration = KubeconfigLoader.Load(path, "two");

        (configuration.Host, configuration.Namespace, configuration.AccessToken).ShouldBe(("http://127.0.0.1:2", "games", "secret"));
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(_directory, "config");
        File.WriteAllText(path, yaml);
        return path;
    }
}
