using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Patching;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Patching;

/// <summary>RFC 6902 operations, including the escaped pointers Kubernetes label keys need.</summary>
public sealed class JsonPatchTests
{
    [Theory]
    [InlineData("""{"a":1}""", """[{"op":"add","path":"/b","value":2}]""", """{"a":1,"b":2}""")]
    [InlineData("""{"a":[1,3]}""", """[{"op":"add","path":"/a/1","value":2}]""", """{"a":[1,2,3]}""")]
    [InlineData("""{"a":[1]}""", """[{"op":"add","path":"/a/-","value":2}]""", """{"a":[1,2]}""")]
    [InlineData("""{"a":1,"b":2}""", """[{"op":"remove","path":"/a"}]""", """{"b":2}""")]
    [InlineData("""{"a":1}""", """[{"op":"replace","path":"/a","value":5}]""", """{"a":5}""")]
    [InlineData("""{"a":{"x":1},"b":{}}""", """[{"op":"move","from":"/a/x","path":"/b/x"}]""", """{"a":{},"b":{"x":1}}""")]
    [InlineData("""{"a":{"x":1}}""", """[{"op":"copy","from":"/a","path":"/b"}]""", """{"a":{"x":1},"b":{"x":1}}""")]
    [InlineData("""{"m":{"labels":{"orleanslife.io/board":"x"}}}""", """[{"op":"remove","path":"/m/labels/orleanslife.io~1board"}]""", """{"m":{"labels":{}}}""")]
    public void Apply_FollowsRfc6902(string document, string patch, string expected) =>
        JsonPatch.Apply(JsonNode.Parse(document)!, JsonNode.Parse(patch)!.AsArray()).Raw().ShouldBe(expected);

    [Theory]
    [InlineData("""[{"op":"test","path":"/a","value":2}]""", "testing value /a failed: test failed")]
    [InlineData("""[{"op":"remove","path":"/missing"}]""", "remove operation does not apply: doc is missing path: \"/missing\": missing value")]
    [InlineData("""[{"op":"explode","path":"/a"}]""", "Unexpected kind: explode")]
    public void Apply_ThatCannotApply_Throws(string patch, string message) =>
        Should.Throw<PatchException>(() => JsonPatch.Apply(JsonNode.Parse("""{"a":1}""")!, JsonNode.Parse(patch)!.AsArray())).Message.ShouldBe(message);
}
