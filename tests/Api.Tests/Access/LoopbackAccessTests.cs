using System.Net;
using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.Access;

/// <summary>
/// The silo as the README runs it, with the embedded emulator and default settings: a caller on this machine without a
/// token acts as the emulator's admin, as kubectl does with the kubeconfig; a token, when sent, is still checked.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class LoopbackAccessTests(SiloFactory silo)
{
    private readonly HttpClient _client = silo.CreateClient();

    [Fact]
    public async Task Changes_FromLoopbackWithoutAToken_AreMadeAsTheEmulatorsAdmin()
    {
        var board = ApiClient.NewName("local");

        using var created = await _client.SendAsync(BoardChanges.Request("create", board, authorization: null));
        using var paused = await _client.SendAsync(BoardChanges.Request("pause", board, authorization: null));
        using var deleted = await _client.SendAsync(BoardChanges.Request("delete", board, authorization: null));

        (created.StatusCode, paused.StatusCode, deleted.StatusCode).ShouldBe((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.NoContent));
    }

    [Fact]
    public async Task AChange_FromLoopbackWithABadToken_IsStill401()
    {
        var board = ApiClient.NewName("local");

        var problem = await _client.ShouldBeRefusedAsync(
            client => client.SendAsync(BoardChanges.Request("create", board, "Bearer not-a-token")), HttpStatusCode.Unauthorized);

        problem["title"]!.GetValue<string>().ShouldBe("The bearer token was not accepted.");
    }

    [Fact]
    public async Task AChange_FromLoopbackWithTheReadOnlyUsersToken_IsStill403()
    {
        var board = ApiClient.NewName("local");

        var problem = await _client.ShouldBeRefusedAsync(
            client => client.SendAsync(BoardChanges.Request("create", board, $"Bearer {silo.ReaderToken}")), HttpStatusCode.Forbidden);

        (problem["user"]!.GetValue<string>(), problem["verb"]!.GetValue<string>()).ShouldBe(("orleanslife-reader", "create"));
    }
}
