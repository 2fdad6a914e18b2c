using OrleansLife.Testing.Tools;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.CustomResources;

/// <summary>The Board CRD from deploy/crds as the emulator serves it: validation, field validation directives, examples.</summary>
public sealed class BoardCrdTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiClient Api => fixture.Api;

    [Theory]
    [InlineData("glider")]
    [InlineData("pulsar")]
    [InlineData("hello")]
    public async Task Examples_AreValidBoards(string example)
    {
        var ns = await fixture.NewNamespaceAsync();
        var board = Json.YamlJson.Parse(File.ReadAllBytes(RepositoryPaths.Example(example)))!.AsObject();

        var created = await Api.PostAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards?fieldValidation=Strict", board);

        created.Code.ShouldBe(201, created.Text);
        created.Headers.Contains("Warning").ShouldBeFalse();
    }

    [Fact]
    public async Task InvalidTopology_IsInvalid()
    {
        var ns = await fixture.NewNamespaceAsync();
        var board = TestObjects.Board("b", new JsonObject { ["topology"] = "sphere", ["width"] = 0 });

        var created = await Api.PostAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards", board);

        created.Code.ShouldBe(422);
        created["message"].ShouldBe(
            "Board.orleanslife.io \"b\" is invalid: [spec.topology: Unsupported value: \"sphere\": supported values: \"bounded\", \"torus\", \"unbounded\", spec.width: Invalid value: 0: spec.width in body should be greater than or equal to 1]");
    }

    [Fact]
    public async Task UnknownField_IsRejectedWhenStrict_WarnedAndPrunedOtherwise()
    {
        var ns = await fixture.NewNamespaceAsync();
        var board = TestObjects.Board("b");
        board["spec"]!["colour"] = "red";

        var strict = await Api.PostAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards?fieldValidation=Strict", board.DeepClone());
        var warned = await Api.PostAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards", board);

        strict.Code.ShouldBe(400);
        strict["message"].ShouldBe("Board in version \"v1\" cannot be handled as a Board: strict decoding error: unknown field \"spec.colour\"");
        warned.Code.ShouldBe(201);
        warned.Headers.GetValues("Warning").ShouldBe(["299 - \"unknown field \\\"spec.colour\\\"\""]);
        warned.Json.Select("spec.colour").ShouldBeNull();
    }

    [Fact]
    public async Task Status_KeepsTheLiveCellsAndFieldsTheSchemaDoesNotName()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Api.PostAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards", TestObjects.Board("b"));

        var status = await Api.PatchAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards/b/status", "application/merge-patch+json",
            """{"status":{"cells":[[1,0],[2,1],[0,2]],"lastTick":"2025-01-01T00:00:00Z"}}""");

        status.Json["status"]!.Raw().ShouldBe("""{"cells":[[1,0],[2,1],[0,2]],"lastTick":"2025-01-01T00:00:00Z"}""");
    }
}
