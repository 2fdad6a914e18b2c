using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Patching;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Patching;

/// <summary>Strategic merge patch for the lists and directives kubectl's patches use.</summary>
public sealed class StrategicMergePatchTests
{
    [Theory]
    [InlineData(
        """{"containers":[{"name":"a","image":"1"},{"name":"b","image":"1"}]}""",
        """{"containers":[{"name":"b","image":"2"},{"name":"c","image":"1"}]}""",
        """{"containers":[{"name":"a","image":"1"},{"name":"b","image":"2"},{"name":"c","image":"1"}]}""")]
    [InlineData(
        """{"containers":[{"name":"a"},{"name":"b"}]}""",
        """{"containers":[{"name":"a","$patch":"delete"}]}""",
        """{"containers":[{"name":"b"}]}""")]
    [InlineData(
        """{"finalizers":["a"]}""",
        """{"finalizers":["b"],"$deleteFromPrimitiveList/finalizers":["a"]}""",
        """{"finalizers":["b"]}""")]
    [InlineData(
        """{"tolerations":[{"key":"a"}]}""",
        """{"tolerations":[{"key":"b"}]}""",
        """{"tolerations":[{"key":"b"}]}""")]
    [InlineData(
        """{"spec":{"a":1,"b":2}}""",
        """{"spec":{"$patch":"replace","c":3}}""",
        """{"spec":{"c":3}}""")]
    [InlineData(
        """{"spec":{"a":1,"b":2}}""",
        """{"spec":{"$retainKeys":["a"],"a":5}}""",
        """{"spec":{"a":5}}""")]
    [InlineData(
        """{"labels":{"a":"1","b":"2"}}""",
        """{"$setElementOrder/x":[],"labels":{"a":null}}""",
        """{"labels":{"b":"2"}}""")]
    public void Apply_MergesByKeyAndHonoursDirectives(string target, string patch, string expected) =>
        StrategicMergePatch.Apply(JsonNode.Parse(target)!.AsObject(), JsonNode.Parse(patch)!.AsObject()).Raw().ShouldBe(expected);
}
