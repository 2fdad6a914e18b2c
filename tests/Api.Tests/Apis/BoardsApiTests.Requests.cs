using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.Apis;

public sealed partial class BoardsApiTests
{
    private const int MaxRequestBytes = 1 << 20;

    [Theory]
    [InlineData("""{"name":"x","width":5,""", "$", "The body is not valid JSON (line 1, byte 22): Expected start of a property name or value, but instead reached end of data.")]
    [InlineData("not json", "$", "The body is not valid JSON (line 1, byte 2): 'not json' is an invalid JSON literal. Expected the literal 'null'.")]
    [InlineData("""["a"]""", "$", "The body must be an object (line 1, byte 2).")]
    [InlineData("null", "$", "The body must be a JSON object, not null.")]
    [InlineData("""{"name":"x","width":"5"}""", "width", "'width' must be a whole number from -2147483648 to 2147483647 (line 1, byte 24).")]
    [InlineData("""{"name":"x","width":5.5}""", "width", "'width' must be a whole number from -2147483648 to 2147483647 (line 1, byte 24).")]
    [InlineData("""{"name":"x","paused":"yes"}""", "paused", "'paused' must be true or false (line 1, byte 27).")]
    [InlineData("""{"name":"x","random":{"density":"high"}}""", "random.density", "'random.density' must be a number (line 1, byte 39).")]
    [InlineData("""{"name":"x","cells":[[1,2],[3,"4"]]}""", "cells[1][1]", "'cells[1][1]' must be a whole number from -2147483648 to 2147483647 (line 1, byte 34).")]
    [InlineData("""{"name":"x","widht":5}""", "widht", "'widht' is not a field of this request; its fields are name, width, height, topology, rule, pattern, rle, text, cells, random, tickMilliseconds, maxGenerations, offsetX, offsetY, paused, pacing, waitForRunning, podTimeoutMilliseconds, maxPods.")]
    [InlineData("""{"name":"x","random":{"densty":1}}""", "random.densty", "'densty' is not a field of 'random'; its fields are density, seed.")]
    public async Task Create_WithABodyThatIsNotABoardSpec_IsRefused_NamingTheJsonPath(string json, string field, string message)
    {
        var problem = await _client.CreateShouldBeRefusedAsync(json, HttpStatusCode.BadRequest, field);

        problem.ErrorFields().ShouldBe([field]);
        problem.Error(field).ShouldBe(message);
    }

    [Fact]
    public async Task Create_WithAnEmptyBody_IsRefused()
    {
        var problem = await _client.CreateShouldBeRefusedAsync("", HttpStatusCode.BadRequest, "$");

        problem.Error("$").ShouldBe("The body is empty; send a JSON object.");
    }

    [Fact]
    public async Task Create_WithABodyOverTheLimit_IsRefusedAsTooLarge()
    {
        var json = $$"""{"name":"{{ApiClient.NewName("big")}}","width":5,"height":5,"pattern":"blinker","rule":"{{new string(' ', MaxRequestBytes)}}"}""";

        var problem = await _client.ShouldBeRefusedAsync(c => c.CreateAsync(json), HttpStatusCode.RequestEntityTooLarge);

        problem["detail"]!.GetValue<string>().ShouldBe($"A request body may be at most {MaxRequestBytes} bytes.");
    }

    [Fact]
    public async Task Create_WithAChunkedBodyOverTheLimit_IsRefusedAsTooLarge()
    {
        var json = $$"""{"name":"{{ApiClient.NewName("big")}}","width":5,"height":5,"pattern":"blinker","rule":"{{new string(' ', MaxRequestBytes)}}"}""";

        await _client.ShouldBeRefusedAsync(c =>
        {
            // A stream of unknown length goes out chunked, without a Content-Length to refuse it by.
            var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(json)));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return c.PostAsync("/api/boards", content);
        }, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Create_WithABodyJustUnderTheLimit_IsAccepted()
    {
        var name = ApiClient.NewName("padded");
        var json = $$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""";
        json = json.PadRight(MaxRequestBytes);

        await _client.CreateOkAsync(json);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData(null)]
    public async Task Create_WithABodyThatIsNotSentAsJson_IsAnUnsupportedMediaType(string? contentType)
    {
        var json = $$"""{"name":"{{ApiClient.NewName()}}","width":5,"height":5,"pattern":"blinker"}""";

        await _client.ShouldBeRefusedAsync(c =>
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
            if (contentType is not null) content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            return c.PostAsync("/api/boards", content);
        }, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("""{"generations":0}""", "A step advances from 1 to 10000 generations; 0 were asked for.")]
    [InlineData("""{"generations":-5}""", "A step advances from 1 to 10000 generations; -5 were asked for.")]
    [InlineData("""{"generations":10001}""", "A step advances from 1 to 10000 generations; 10001 were asked for.")]
    public async Task Step_OutsideTheLimits_IsRefused(string json, string message)
    {
        var name = ApiClient.NewName("blinker");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");

        var problem = await _client.ShouldBeRefusedAsync(c => c.StepAsync(name, json), HttpStatusCode.BadRequest, "generations");

        problem.Error("generations").ShouldBe(message);
        (await _client.GetStringAsync($"/api/boards/{name}")).WithoutPods().ShouldBe(Blinker(name, 0, 0, 0, Row));
    }

    [Theory]
    [InlineData("""{"generations":"two"}""", "generations", "'generations' must be a whole number from -2147483648 to 2147483647 (line 1, byte 21).")]
    [InlineData("""{"generation":2}""", "generation", "'generation' is not a field of this request; its fields are generations, waitMilliseconds.")]
    [InlineData("""{"generations":2""", "generations", "The body is not valid JSON (line 1, byte 17): '2' is an invalid end of a number. Expected a delimiter.")]
    public async Task Step_WithABodyThatIsNotAStepRequest_IsRefused(string json, string field, string message)
    {
        var name = ApiClient.NewName("blinker");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");

        var problem = await _client.ShouldBeRefusedAsync(c => c.StepAsync(name, json), HttpStatusCode.BadRequest, field);

        problem.Error(field).ShouldBe(message);
    }

    public static TheoryData<string, string> BoardRoutes => new()
    {
        { "GET", "/api/boards/{0}" },
        { "DELETE", "/api/boards/{0}" },
        { "POST", "/api/boards/{0}/step" },
        { "POST", "/api/boards/{0}/pause" },
        { "POST", "/api/boards/{0}/resume" },
        { "GET", "/api/boards/{0}/events" },
    };

    [Theory]
    [MemberData(nameof(BoardRoutes))]
    public async Task EveryBoardRoute_ForABoardThatDoesNotExist_IsNotFound(string method, string route)
    {
        var name = ApiClient.NewName("missing");

        var problem = await _client.ShouldBeRefusedAsync(
            c => c.SendAsync(new HttpRequestMessage(new HttpMethod(method), string.Format(route, name))), HttpStatusCode.NotFound);

        problem["detail"]!.GetValue<string>().ShouldBe($"There is no board named '{name}'.");
    }

    [Theory]
    [MemberData(nameof(BoardRoutes))]
    public async Task EveryBoardRoute_ForANameNoBoardCanHave_IsNotFound(string method, string route)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), string.Format(route, "Not_A-Name")));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnUnknownRoute_IsNotFound_AsProblemDetails()
    {
        using var response = await _client.GetAsync("/api/bords");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnUnknownMethod_IsNotAllowed_AsProblemDetails()
    {
        await _client.ShouldBeRefusedAsync(c => c.PutAsync("/api/boards", ApiClient.Json("{}")), HttpStatusCode.MethodNotAllowed);
    }
}
