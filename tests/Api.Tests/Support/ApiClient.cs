using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrleansLife.Api.Tests.Support;

/// <summary>Short ways to call the API and to check its answers, so that each test reads as the request and the expected reply.</summary>
internal static class ApiClient
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static int s_boards;

    /// <summary>A board name no other test uses.</summary>
    public static string NewName(string prefix = "board") => $"{prefix}-{Interlocked.Increment(ref s_boards)}";

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> CreateAsync(this HttpClient client, string json) => client.PostAsync("/api/boards", Json(json));

    public static Task<HttpResponseMessage> StepAsync(this HttpClient client, string board, string? json = null) =>
        client.PostAsync($"/api/boards/{board}/step", json is null ? null : Json(json));

    /// <summary>Creates a board and checks it was created.</summary>
    public static async Task<JsonNode> CreateOkAsync(this HttpClient client, string json)
    {
        using var response = await client.CreateAsync(json);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonNode.Parse(body)!;
    }

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return JsonNode.Parse(body)!;
    }

    public static async Task<JsonNode> GetFromJsonNodeAsync(this HttpClient client, string uri)
    {
        using var response = await client.GetAsync(uri);
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>Checks that the response is problem details with this status and, when given, an error for <paramref name="field"/>.</summary>
    public static async Task<JsonNode> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonNode.Parse(body)!;
        problem["status"]!.GetValue<int>().ShouldBe((int)status, body);
        problem["title"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        if (field is not null) problem["errors"]?[field].ShouldNotBeNull($"expected an error for '{field}' in {body}");
        return problem;
    }

    /// <summary>The node as JSON text, escaping no more than the API does (a '+' stays a '+').</summary>
    public static string Text(this JsonNode node) => node.ToJsonString(Relaxed);

    /// <summary>The first error message for <paramref name="field"/>.</summary>
    public static string Error(this JsonNode problem, string field) => problem["errors"]![field]![0]!.GetValue<string>();

    /// <summary>The error fields of a validation problem, sorted.</summary>
    public static string[] ErrorFields(this JsonNode problem) =>
        [.. problem["errors"]!.AsObject().Select(error => error.Key).Order(StringComparer.Ordinal)];

    /// <summary>
    /// The board list as text, to compare before and after a request that must change nothing. The boards' pods are
    /// left out: they are the cluster catching up with the boards, and change on their own.
    /// </summary>
    public static async Task<string> ListTextAsync(this HttpClient client)
    {
        using var response = await client.GetAsync("/api/boards");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadAsStringAsync()).WithoutPods();
    }

    /// <summary>A board, or a list of boards, as JSON text without their <c>pods</c>, which change on their own.</summary>
    public static string WithoutPods(this string json)
    {
        var node = JsonNode.Parse(json)!;
        foreach (var board in node is JsonArray boards ? boards : [node]) board!.AsObject().Remove("pods");
        return node.Text();
    }

    /// <summary>Sends a request that must be refused; checks the problem, and that the board list is the same afterwards.</summary>
    public static async Task<JsonNode> ShouldBeRefusedAsync(
        this HttpClient client, Func<HttpClient, Task<HttpResponseMessage>> send, HttpStatusCode status, string? field = null)
    {
        var before = await client.ListTextAsync();
        using var response = await send(client);
        var problem = await response.ShouldBeProblemAsync(status, field);
        (await client.ListTextAsync()).ShouldBe(before);
        return problem;
    }

    public static Task<JsonNode> CreateShouldBeRefusedAsync(this HttpClient client, string json, HttpStatusCode status, string field) =>
        client.ShouldBeRefusedAsync(c => c.CreateAsync(json), status, field);
}
