using System.Net;
using OrleansLife.Api.Tests.Support;

namespace OrleansLife.Api.Tests.Apis;

public sealed partial class BoardsApiTests
{
    /// <summary>Sends <paramref name="json"/> with NAME replaced by a fresh board name; it must be refused for <paramref name="field"/> alone.</summary>
    private async Task<string> RefusedAsync(string json, string field, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var problem = await _client.CreateShouldBeRefusedAsync(json.Replace("NAME", ApiClient.NewName("bad")), status, field);
        problem.ErrorFields().ShouldBe([field]);
        return problem.Error(field);
    }

    [Theory]
    [InlineData("""{"name":"NAME","height":5,"pattern":"blinker"}""", "width", "The width is required: the number of columns, from 1 to 4096.")]
    [InlineData("""{"name":"NAME","width":-1,"height":5,"pattern":"blinker"}""", "width", "The width must be from 1 to 4096 columns; it is -1.")]
    [InlineData("""{"name":"NAME","width":0,"height":5,"pattern":"blinker"}""", "width", "The width must be from 1 to 4096 columns; it is 0.")]
    [InlineData("""{"name":"NAME","width":4097,"height":5,"pattern":"blinker"}""", "width", "The width must be from 1 to 4096 columns; it is 4097.")]
    [InlineData("""{"name":"NAME","width":5,"pattern":"blinker"}""", "height", "The height is required: the number of rows, from 1 to 4096.")]
    [InlineData("""{"name":"NAME","width":5,"height":-3,"pattern":"blinker"}""", "height", "The height must be from 1 to 4096 rows; it is -3.")]
    [InlineData("""{"name":"NAME","width":5,"height":0,"pattern":"blinker"}""", "height", "The height must be from 1 to 4096 rows; it is 0.")]
    [InlineData("""{"name":"NAME","width":5,"height":100000,"pattern":"blinker"}""", "height", "The height must be from 1 to 4096 rows; it is 100000.")]
    [InlineData("""{"name":"NAME","width":2,"height":5,"topology":"torus","cells":[]}""", "width", "A torus must be at least 3 cells wide: on a smaller one a cell would be its own neighbour.")]
    [InlineData("""{"name":"NAME","width":5,"height":5,"topology":"sphere","pattern":"blinker"}""", "topology", "Unknown topology 'sphere'; expected bounded, torus or unbounded.")]
    [InlineData("""{"name":"NAME","width":5,"height":5,"rule":"B9/S23","pattern":"blinker"}""", "rule", "'B9/S23' is not a rule in B/S notation such as B3/S23 (digits 0-8 after B and S).")]
    [InlineData("""{"name":"NAME","width":5,"height":5,"tickMilliseconds":60001,"pattern":"blinker"}""", "tickMilliseconds", "The tick must be from 0 (as fast as the cells can go) to 60000 milliseconds; it is 60001.")]
    [InlineData("""{"name":"NAME","width":5,"height":5,"maxGenerations":-1,"pattern":"blinker"}""", "maxGenerations", "The maximum generation must be 0 or more; it is -1.")]
    [InlineData("""{"name":"NAME","width":5,"height":5}""", "pattern", "A start state is required: one of pattern (a library name such as \"glider\"), rle, text, cells or random.")]
    [InlineData("""{"name":"NAME","width":5,"height":5,"random":{"density":1.5}}""", "random.density", "The density must be from 0 to 1; it is 1.5.")]
    [InlineData("""{"name":"NAME","width":5,"height":5,"random":{"seed":3}}""", "random.density", "A density is required: the probability that a cell starts alive, from 0 to 1.")]
    [InlineData("""{"name":"NAME","width":4096,"height":4096,"random":{"density":0.5}}""", "random.density", "A density of 0.5 on a 4096×4096 board gives about 8388608 live cells; at most 1000000 may start alive.")]
    [InlineData("""{"name":"NAME","width":5,"height":5,"random":{"density":0.5},"offsetX":1}""", "offsetX", "A random fill covers the whole board, so it takes no offset.")]
    [InlineData("""{"name":"NAME","width":10,"height":10,"pattern":"gosper-glider-gun"}""", "pattern", "The pattern is 36×9 cells, larger than the 10×10 board.")]
    [InlineData("""{"name":"NAME","width":5,"height":5,"pattern":"blinker","offsetX":3}""", "offsetX", "The offsetX must be from 0 to 2 for the 3×1 pattern to fit on the 5×5 board; it is 3.")]
    [InlineData("""{"name":"NAME","width":5,"height":5,"pattern":"blinker","offsetY":-1}""", "offsetY", "The offsetY must be from 0 to 4 for the 3×1 pattern to fit on the 5×5 board; it is -1.")]
    [InlineData("""{"name":"NAME","width":5,"height":5,"cells":[[0,0],[5,1]]}""", "cells[1]", "The cell [5, 1] lies outside the 5×5 board (x from 0 to 4, y from 0 to 4).")]
    [InlineData("""{"name":"NAME","width":5,"height":5,"cells":[[1,1,1]]}""", "cells[0]", "A cell is an [x, y] pair; this one has 3 numbers.")]
    [InlineData("""{"name":"NAME","width":5,"height":5,"text":""}""", "text", "The text is empty; give at least one character to draw.")]
    public async Task Create_WithAnInvalidField_IsRefused_NamingTheField(string json, string field, string message)
    {
        (await RefusedAsync(json, field)).ShouldBe(message);
    }

    [Fact]
    public async Task Create_WithAnUnknownPattern_IsRefused_ListingTheLibrary()
    {
        var message = await RefusedAsync("""{"name":"NAME","width":5,"height":5,"pattern":"gliderr"}""", "pattern");

        message.ShouldStartWith("Unknown pattern 'gliderr'; the library has acorn, beacon, ");
        message.ShouldContain("glider, ");
    }

    [Fact]
    public async Task Create_WithBrokenRle_IsRefused_SayingWhere()
    {
        var message = await RefusedAsync("""{"name":"NAME","width":9,"height":9,"rle":"x = 3, y = 3\nbo$2bo$3q!"}""", "rle");

        message.ShouldStartWith("Line 2, column 9: ");
    }

    [Fact]
    public async Task Create_WithTextTheFontCannotDraw_IsRefused_SayingWhere()
    {
        var message = await RefusedAsync("""{"name":"NAME","width":40,"height":20,"text":"ok\u00e9"}""", "text");

        message.ShouldStartWith("Line 1, column 3: ");
    }

    [Theory]
    [InlineData("My-Board", "The name must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit; 'M' at position 1 is not allowed (did you mean 'my-board'?).")]
    [InlineData("board-", "The name must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit; it ends with '-'.")]
    [InlineData("-board", "The name must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit; it starts with '-'.")]
    [InlineData("my_board", "The name must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit; '_' at position 3 is not allowed.")]
    [InlineData("", "A name is required: a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, such as \"my-board\".")]
    [InlineData("abcdefghij-abcdefghij-abcdefghij-abcdefgh", "The name is 41 characters long; at most 40 are allowed, because the pod of each live cell is named '<name>-<x>-<y>' and Kubernetes names end at 63 characters.")]
    public async Task Create_WithABadName_IsRefused(string name, string message)
    {
        var problem = await _client.CreateShouldBeRefusedAsync(
            $$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker"}""", HttpStatusCode.BadRequest, "name");

        problem.Error("name").ShouldBe(message);
    }

    [Fact]
    public async Task Create_WithoutAName_IsRefused()
    {
        (await RefusedAsync("""{"width":5,"height":5,"pattern":"blinker"}""", "name")).ShouldStartWith("A name is required");
    }

    [Fact]
    public async Task Create_WithAFortyCharacterName_IsAccepted()
    {
        var name = ApiClient.NewName("a").PadRight(40, 'x');

        var board = await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");

        board["name"]!.GetValue<string>().ShouldBe(name);
    }

    [Fact]
    public async Task Create_WithTwoStartStates_IsRefused_NamingBoth()
    {
        var problem = await _client.CreateShouldBeRefusedAsync(
            $$$"""{"name":"{{{ApiClient.NewName()}}}","width":5,"height":5,"pattern":"blinker","random":{"density":0.5}}""", HttpStatusCode.BadRequest, "pattern");

        problem.ErrorFields().ShouldBe(["pattern", "random"]);
        problem.Error("random").ShouldBe("Give exactly one start state; this spec gives pattern and random.");
    }

    [Fact]
    public async Task Create_WithSeveralMistakes_ReportsEachField()
    {
        var problem = await _client.CreateShouldBeRefusedAsync(
            """{"name":"Bad","width":0,"height":9999,"topology":"cube","pattern":"blinker"}""", HttpStatusCode.BadRequest, "name");

        problem.ErrorFields().ShouldBe(["height", "name", "topology", "width"]);
        problem["title"]!.GetValue<string>().ShouldBe("The request is not valid.");
        problem["type"]!.GetValue<string>().ShouldBe("https://tools.ietf.org/html/rfc9110#section-15.5.1");
    }

    [Fact]
    public async Task Create_WithATakenName_IsAConflict_NamingTheName()
    {
        var name = ApiClient.NewName("taken");
        await _client.CreateOkAsync($$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""");

        var problem = await _client.CreateShouldBeRefusedAsync(
            $$"""{"name":"{{name}}","width":9,"height":9,"pattern":"glider","paused":true}""", HttpStatusCode.Conflict, "name");

        problem.Error("name").ShouldBe($"A board named '{name}' already exists; delete it first or choose another name.");
        (await _client.GetStringAsync($"/api/boards/{name}")).WithoutPods().ShouldBe(Blinker(name, 0, 0, 0, Row));
    }

    [Fact]
    public async Task Create_RacingForOneName_CreatesOneBoard()
    {
        var name = ApiClient.NewName("raced");
        var json = $$"""{"name":"{{name}}","width":5,"height":5,"pattern":"blinker","paused":true}""";

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.CreateAsync(json)));

        responses.Count(response => response.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(response => response.StatusCode == HttpStatusCode.Conflict).ShouldBe(7);
        foreach (var response in responses) response.Dispose();
        (await _client.GetStringAsync($"/api/boards/{name}")).WithoutPods().ShouldBe(Blinker(name, 0, 0, 0, Row));
    }
}
