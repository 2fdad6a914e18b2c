using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Configuration;
using OrleansLife.Kubernetes.Tests.Fakes;
using OrleansLife.Testing;

namespace OrleansLife.Kubernetes.Tests.Configuration;

public sealed class FileTokenSourceTests : IDisposable
{
    private static readonly DateTime Written = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TempDirectory _dir = new();
    private readonly ManualTimeProvider _time = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void RotatedToken_WithUnchangedModificationTime_IsPickedUpWithinAMinute()
    {
        var path = Write("first");
        var source = new FileTokenSource(path, _time);
        source.GetToken().ShouldBe("first");

        Write("second");
        _time.Advance(TimeSpan.FromSeconds(59));
        source.GetToken().ShouldBe("first");
        _time.Advance(TimeSpan.FromSeconds(1));

        source.GetToken().ShouldBe("second");
    }

    [Fact]
    public void RotatedToken_WithNewModificationTime_IsPickedUpAtOnce()
    {
        var path = Write("first");
        var source = new FileTokenSource(path, _time);
        source.GetToken().ShouldBe("first");

        Write("second", Written.AddSeconds(10));

        source.GetToken().ShouldBe("second");
    }

    [Fact]
    public async Task Client_SendsTheRotatedToken()
    {
        await using var server = await FakeKubeApiServer.StartAsync();
        var path = Write("first");
        using var client = TestClients.For(server, _time, token: new FileTokenSource(path, _time));
        server.RespondJson(200, """{"kind":"Namespace","metadata":{"name":"a"}}""");
        server.RespondJson(200, """{"kind":"Namespace","metadata":{"name":"a"}}""");

        await client.Namespaces().GetAsync("a");
        Write("second", Written.AddMinutes(5));
        await client.Namespaces().GetAsync("a");

        (await server.NextRequestAsync()).Authorization.ShouldBe("Bearer first");
        (await server.NextRequestAsync()).Authorization.ShouldBe("Bearer second");
    }

    private string Write(string token, DateTime? modified = null)
    {
        var path = _dir.Write("token", token + "\n");
        File.SetLastWriteTimeUtc(path, modified ?? Written);
        return path;
    }
}
