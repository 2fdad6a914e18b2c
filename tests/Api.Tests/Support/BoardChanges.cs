using System.Net.Http.Headers;

namespace OrleansLife.Api.Tests.Support;

/// <summary>Every change the API offers, with the Kubernetes verb it needs, to send with or without a token.</summary>
internal static class BoardChanges
{
    /// <summary>The changes by name, each with its verb; for a theory's data.</summary>
    public static TheoryData<string, string> All => new()
    {
        { "create", "create" },
        { "step", "patch" },
        { "pause", "patch" },
        { "resume", "patch" },
        { "delete", "delete" },
    };

    /// <summary>The change to <paramref name="board"/> (create makes a new board of that name), sending <paramref name="authorization"/> as it is.</summary>
    public static HttpRequestMessage Request(string change, string board, string? authorization)
    {
        var request = change switch
        {
            "create" => new HttpRequestMessage(HttpMethod.Post, "/api/boards")
            {
                Content = ApiClient.Json($$"""{"name":"{{board}}","width":5,"height":5,"pattern":"blinker","paused":true}"""),
            },
            "delete" => new HttpRequestMessage(HttpMethod.Delete, $"/api/boards/{board}"),
            _ => new HttpRequestMessage(HttpMethod.Post, $"/api/boards/{board}/{change}"),
        };
        if (authorization is not null) request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        return request;
    }
}
