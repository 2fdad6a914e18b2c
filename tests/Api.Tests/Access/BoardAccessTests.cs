using System.Net;
using System.Text.Json.Nodes;
using OrleansLife.Api.Tests.Support;
using OrleansLife.Testing.Tools;

namespace OrleansLife.Api.Tests.Access;

/// <summary>
/// Every change through the API obeys the emulator's RBAC, with enforcement on for loopback callers too: no token or a
/// bad one is a 401, the read-only user's token a 403 naming the permission, and neither changes anything, neither in
/// the API nor in the Board objects and pods kubectl sees. The admin's token may do everything.
/// </summary>
[Collection(EnforcingSiloCollection.Name)]
public sealed class BoardAccessTests(EnforcingSiloFactory silo) : IDisposable
{
    private readonly HttpClient _client = silo.CreateClient();
    private readonly Kubectl _kubectl = new(silo.KubeconfigPath);

    public static TheoryData<string, string> Changes => BoardChanges.All;

    public void Dispose() => _kubectl.Dispose();

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task AChange_WithoutAToken_Is401_AndChangesNothing(string change, string verb)
    {
        _ = verb;
        var (problem, response) = await RefusedAsync(change, authorization: null, HttpStatusCode.Unauthorized);

        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer realm=\"orleanslife\"");
        problem["title"]!.GetValue<string>().ShouldBe("Changing boards needs a bearer token.");
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task AChange_WithATokenTheClusterDidNotIssue_Is401_AndChangesNothing(string change, string verb)
    {
        _ = verb;
        // The emulator's kubeconfig token before it issued random ones: well known, so never to be accepted.
        var (problem, response) = await RefusedAsync(change, "Bearer orleanslife-emulator-admin", HttpStatusCode.Unauthorized);

        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer realm=\"orleanslife\", error=\"invalid_token\"");
        problem["title"]!.GetValue<string>().ShouldBe("The bearer token was not accepted.");
        problem["detail"]!.GetValue<string>().ShouldContain("invalid bearer token");
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task AChange_WithAnotherKindOfCredentials_Is401_AndChangesNothing(string change, string verb)
    {
        _ = verb;
        var (problem, _) = await RefusedAsync(change, "Basic YWRtaW46YWRtaW4=", HttpStatusCode.Unauthorized);

        problem["detail"]!.GetValue<string>().ShouldStartWith("The Authorization header is not 'Bearer <token>'.");
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task AChange_WithTheReadOnlyUsersToken_Is403NamingTheMissingPermission_AndChangesNothing(string change, string verb)
    {
        var (problem, _) = await RefusedAsync(change, $"Bearer {silo.ReaderToken}", HttpStatusCode.Forbidden);

        (problem["user"]!.GetValue<string>(), problem["verb"]!.GetValue<string>(), problem["group"]!.GetValue<string>(),
            problem["resource"]!.GetValue<string>(), problem["namespace"]!.GetValue<string>())
            .ShouldBe(("orleanslife-reader", verb, "orleanslife.io", "boards", "default"));
        var name = problem["name"]?.GetValue<string>();
        problem["detail"]!.GetValue<string>().ShouldBe(
            $"User \"orleanslife-reader\" may not {verb} boards.orleanslife.io{(name is null ? "" : $" \"{name}\"")} in namespace \"default\": "
            + "the cluster's RBAC does not allow it.");
        (name is null).ShouldBe(change == "create", "create names no board; RBAC cannot restrict it by name");
    }

    [Theory]
    [InlineData("create", HttpStatusCode.Created)]
    [InlineData("step", HttpStatusCode.OK)]
    [InlineData("pause", HttpStatusCode.OK)]
    [InlineData("resume", HttpStatusCode.OK)]
    [InlineData("delete", HttpStatusCode.NoContent)]
    public async Task AChange_WithTheAdminsToken_IsMade(string change, HttpStatusCode expected)
    {
        var board = await TargetAsync(change);

        using var response = await _client.SendAsync(BoardChanges.Request(change, board, $"Bearer {silo.AdminToken}"));

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        var objects = await BoardObjectsAsync();
        if (change == "delete") objects.ShouldNotContain(line => line.StartsWith(board + " ", StringComparison.Ordinal));
        else objects.ShouldContain(line => line.StartsWith(board + " ", StringComparison.Ordinal));
        if (change != "delete")
        {
            // A resumed board would run on and keep changing under the other tests.
            using var deleted = await _client.SendAsync(BoardChanges.Request("delete", board, $"Bearer {silo.AdminToken}"));
            deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }
    }

    [Fact]
    public async Task Reads_NeedNoToken()
    {
        var board = await TargetAsync("step");

        using var list = await _client.GetAsync("/api/boards");
        using var one = await _client.GetAsync($"/api/boards/{board}");
        using var cell = await _client.GetAsync($"/api/boards/{board}/cells/2/2");

        (list.StatusCode, one.StatusCode, cell.StatusCode).ShouldBe((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK));
    }

    /// <summary>Sends a change that must be refused, and checks that the API, the Board objects and the board's pods are as before.</summary>
    private async Task<(JsonNode Problem, HttpResponseMessage Response)> RefusedAsync(string change, string? authorization, HttpStatusCode status)
    {
        var board = await TargetAsync(change);
        var before = await BoardTextAsync(board);
        var objects = await BoardObjectsAsync();
        var pods = await _kubectl.PodsWithUidsAsync(board);

        var response = await _client.SendAsync(BoardChanges.Request(change, board, authorization));
        var problem = await response.ShouldBeProblemAsync(status);

        (await BoardTextAsync(board)).ShouldBe(before);
        (await BoardObjectsAsync()).ShouldBe(objects);
        (await _kubectl.PodsWithUidsAsync(board)).ShouldBe(pods);
        return (problem, response);
    }

    /// <summary>The board as the API shows it (without its pods, which change on their own), or "404".</summary>
    private async Task<string> BoardTextAsync(string board)
    {
        using var response = await _client.GetAsync($"/api/boards/{board}");
        return response.StatusCode == HttpStatusCode.NotFound ? "404" : (await response.ReadJsonAsync(HttpStatusCode.OK)).Text().WithoutPods();
    }

    /// <summary>The board a change acts on: for create, a name no board has; else a paused blinker whose three pods exist.</summary>
    private async Task<string> TargetAsync(string change)
    {
        var board = ApiClient.NewName("guarded");
        if (change == "create") return board;
        using var created = await _client.SendAsync(BoardChanges.Request("create", board, $"Bearer {silo.AdminToken}"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        await _kubectl.WaitForAsync("--for=jsonpath={.status.podsExisting}=3", $"board/{board}");
        return board;
    }

    /// <summary>The Board objects as <c>name uid paused</c> lines: the same lines mean the same objects with the same spec.</summary>
    private async Task<string[]> BoardObjectsAsync()
    {
        var result = await _kubectl.RunAsync("get", "boards", "-o",
            """jsonpath={range .items[*]}{.metadata.name} {.metadata.uid} {.spec.paused}{"\n"}{end}""");
        result.ExitCode.ShouldBe(0, result.Stderr);
        return [.. result.Lines.Where(line => line.Length > 0).Order(StringComparer.Ordinal)];
    }
}
