using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using OrleansLife.Operator.Boards.Objects;
using OrleansLife.Operator.Boards;
using ApiRandom = OrleansLife.Grains.Boards.Specs.RandomFillSpec;
using ApiSpec = OrleansLife.Grains.Boards.Specs.BoardSpec;

namespace OrleansLife.Operator.Tests.Boards;

/// <summary>
/// The Board object's spec and the API's create request, field for field. The fields are found by reflection, so a
/// field added to one type and not the other, or to both and not to the mapping, fails here.
/// </summary>
public sealed class BoardSpecMappingTests
{
    // Each value as JSON, so that the object's [x,y] cells and the request's int pairs compare as what they stand for.
    private static readonly JsonSerializerOptions Values = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    // Every field set, none to its default, none of the strings in a case the object would change.
    private static readonly ApiSpec FullRequest = new()
    {
        Name = "every-field",
        Width = 40,
        Height = 30,
        Topology = "torus",
        Rule = "B36/S23",
        Pattern = "glider",
        Rle = "x = 3, y = 1\n3o!",
        Text = "Hi There",
        Cells = [[1, 2], [-3, 4]],
        Random = new ApiRandom { Density = 0.25, Seed = -9 },
        TickMilliseconds = 125,
        MaxGenerations = 1000,
        OffsetX = -5,
        OffsetY = 7,
        Paused = true,
        Pacing = "lockstep",
        WaitForRunning = true,
        PodTimeoutMilliseconds = 2500,
        MaxPods = 64,
    };

    private static readonly BoardSpec FullObjectSpec = new()
    {
        Width = 41,
        Height = 31,
        Topology = "unbounded",
        Rule = "B3/S23",
        Pattern = "pulsar",
        Rle = "x = 1, y = 3\no$o$o!",
        Text = "Life",
        Cells = [new BoardCell(0, 0), new BoardCell(5, -6)],
        Random = new BoardRandom { Density = 0.5, Seed = 42 },
        TickMilliseconds = 0,
        MaxGenerations = 0,
        OffsetX = 3,
        OffsetY = -2,
        Paused = false,
        Pacing = "follow",
        WaitForRunning = false,
        PodTimeoutMilliseconds = 1,
        MaxPods = 0,
    };

    [Fact]
    public void TheObjectSpec_HasTheRequestsFields_ButItsName()
    {
        Fields(typeof(BoardSpec)).ShouldBe(Fields(typeof(ApiSpec)).Where(name => name != nameof(ApiSpec.Name)), ignoreOrder: true);
        Fields(typeof(BoardRandom)).ShouldBe(Fields(typeof(ApiRandom)), ignoreOrder: true);
    }

    [Fact]
    public void ToBoard_CarriesEveryField_AndToApiSpec_BringsThemBack()
    {
        Unset(FullRequest).ShouldBeEmpty("the sample request must set every field");

        var board = BoardSpecMapping.ToBoard(FullRequest, "games");
        var back = BoardSpecMapping.ToApiSpec(board);

        (board.ApiVersion, board.Kind, board.Metadata.Name, board.Metadata.NamespaceProperty).ShouldBe(("orleanslife.io/v1", "Board", "every-field", "games"));
        Unset(board.Spec!).ShouldBeEmpty();
        foreach (var field in Fields(typeof(BoardSpec)))
        {
            Json(board.Spec!, field).ShouldBe(Json(FullRequest, field), $"spec.{field} of the object");
        }

        foreach (var field in Fields(typeof(ApiSpec)))
        {
            Json(back, field).ShouldBe(Json(FullRequest, field), $"{field} brought back");
        }
    }

    [Fact]
    public void ToApiSpec_CarriesEveryField_AndTheName_AndToBoard_BringsThemBack()
    {
        Unset(FullObjectSpec).ShouldBeEmpty("the sample object must set every field");
        var board = new Board { Spec = FullObjectSpec };
        board.Metadata.Name = "from-kubectl";

        var request = BoardSpecMapping.ToApiSpec(board);
        var back = BoardSpecMapping.ToBoard(request, "games").Spec!;

        request.Name.ShouldBe("from-kubectl");
        Unset(request).ShouldBeEmpty();
        foreach (var field in Fields(typeof(BoardSpec)))
        {
            Json(request, field).ShouldBe(Json(FullObjectSpec, field), $"{field} of the request");
            Json(back, field).ShouldBe(Json(FullObjectSpec, field), $"spec.{field} brought back");
        }
    }

    [Fact]
    public void ToBoard_WritesTopologyAndPacing_InLowerCase_AndLeavesTheOtherStringsAsGiven()
    {
        var spec = BoardSpecMapping.ToBoard(FullRequest with { Topology = "TORUS", Pacing = "LockStep", Pattern = "Glider", Text = "Hi There" }, "games").Spec!;

        (spec.Topology, spec.Pacing, spec.Pattern, spec.Text).ShouldBe(("torus", "lockstep", "Glider", "Hi There"));
    }

    [Theory]
    [InlineData("b36/s23", "B36/S23")]
    [InlineData("23/3", "B3/S23")]
    [InlineData(" B3/S23 ", "B3/S23")]
    [InlineData("B3", "B3")]
    public void ToBoard_WritesARuleInTheSchemasBSNotation_AndOneThatIsNoRuleAsGiven(string rule, string written) =>
        BoardSpecMapping.ToBoard(FullRequest with { Rule = rule }, "games").Spec!.Rule.ShouldBe(written);

    [Fact]
    public void ToApiSpec_LeavesTheObjectsSpellingAlone_TheApiReadsAnyCase()
    {
        var board = new Board { Spec = new BoardSpec { Topology = "Torus", Pacing = "LOCKSTEP" } };

        var request = BoardSpecMapping.ToApiSpec(board);

        (request.Topology, request.Pacing).ShouldBe(("Torus", "LOCKSTEP"));
    }

    [Fact]
    public void AnObjectWithoutASpec_IsARequestWithOnlyItsName()
    {
        var board = new Board();
        board.Metadata.Name = "bare";

        var request = BoardSpecMapping.ToApiSpec(board);

        request.Name.ShouldBe("bare");
        Unset(request).ShouldBe(Fields(typeof(ApiSpec)).Where(name => name != nameof(ApiSpec.Name)), ignoreOrder: true);
    }

    [Fact]
    public void ARequestWithOnlyAName_IsAnObjectWithAnEmptySpec()
    {
        var board = BoardSpecMapping.ToBoard(new ApiSpec { Name = "bare" }, "games");

        board.Metadata.Name.ShouldBe("bare");
        Unset(board.Spec!).ShouldBe(Fields(typeof(BoardSpec)), ignoreOrder: true);
    }

    /// <summary>The public properties a spec type maps, without the bag of fields a client does not model.</summary>
    private static string[] Fields(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Where(name => name != "ExtensionData")];

    private static string[] Unset(object spec) =>
        [.. Fields(spec.GetType()).Where(field => spec.GetType().GetProperty(field)!.GetValue(spec) is null)];

    private static string Json(object spec, string field) =>
        JsonSerializer.Serialize(spec.GetType().GetProperty(field)!.GetValue(spec), Values);
}
