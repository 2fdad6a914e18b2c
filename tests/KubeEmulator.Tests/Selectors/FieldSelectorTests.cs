using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Resources;
using OrleansLife.KubeEmulator.Selectors;

namespace OrleansLife.KubeEmulator.Tests.Selectors;

/// <summary>Field selectors: the fields each resource supports, operators, escaping and missing fields.</summary>
public sealed class FieldSelectorTests
{
    private static readonly JsonObject Pod = JsonNode.Parse(
        """{"metadata":{"name":"a,b","namespace":"default"},"spec":{},"status":{"phase":"Running"}}""")!.AsObject();

    [Theory]
    [InlineData("metadata.name=a\\,b", true)]
    [InlineData("metadata.namespace==default,status.phase=Running", true)]
    [InlineData("status.phase!=Running", false)]
    [InlineData("spec.nodeName=", true)]
    [InlineData("spec.hostNetwork=false", true)]
    public void Matches(string selector, bool expected) =>
        FieldSelector.Parse(selector, BuiltInResources.Pods).Matches(Pod).ShouldBe(expected);

    [Fact]
    public void Parse_UnsupportedField_IsBadRequest()
    {
        var error = Should.Throw<ApiException>(() => FieldSelector.Parse("spec.containers=x", BuiltInResources.Pods));

        error.Code.ShouldBe(400);
        error.Message.ShouldBe("field label not supported: spec.containers");
    }
}
