using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.CustomResources;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.CustomResources;

/// <summary>Pruning, defaulting and validation against a structural schema, with kube-openapi's wording.</summary>
public sealed class StructuralSchemaTests
{
    private static readonly JsonObject Schema = JsonNode.Parse("""
        {"type":"object","properties":{
          "spec":{"type":"object","required":["size"],"properties":{
            "size":{"type":"integer","minimum":1,"maximum":10},
            "mode":{"type":"string","enum":["a","b"],"default":"a"},
            "rule":{"type":"string","pattern":"^B[0-8]*/S[0-8]*$"},
            "ratio":{"type":"number"},
            "tags":{"type":"array","maxItems":2,"items":{"type":"string"}},
            "extra":{"type":"object","x-kubernetes-preserve-unknown-fields":true},
            "labels":{"type":"object","additionalProperties":{"type":"string"}}}},
          "status":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}
        """)!.AsObject();

    [Fact]
    public void Apply_PrunesUnknownFields_AndFillsDefaults()
    {
        var obj = JsonNode.Parse("""{"apiVersion":"x/v1","kind":"X","metadata":{"name":"n"},"spec":{"size":3,"bogus":1,"extra":{"kept":true},"labels":{"any":"x"}},"top":1,"status":{"anything":2}}""")!.AsObject();

        var result = StructuralSchema.Apply(obj, Schema);

        result.Errors.ShouldBeEmpty();
        result.UnknownFields.ShouldBe(["spec.bogus", "top"]);
        obj.Raw().ShouldBe("""{"apiVersion":"x/v1","kind":"X","metadata":{"name":"n"},"spec":{"size":3,"extra":{"kept":true},"labels":{"any":"x"},"mode":"a"},"status":{"anything":2}}""");
    }

    [Theory]
    [InlineData("""{"size":"3"}""", "spec.size: Invalid value: \"string\": spec.size in body must be of type integer: \"string\"")]
    [InlineData("""{"size":0}""", "spec.size: Invalid value: 0: spec.size in body should be greater than or equal to 1")]
    [InlineData("""{"size":11}""", "spec.size: Invalid value: 11: spec.size in body should be less than or equal to 10")]
    [InlineData("""{"size":1,"mode":"c"}""", "spec.mode: Unsupported value: \"c\": supported values: \"a\", \"b\"")]
    [InlineData("""{"size":1,"rule":"23/3"}""", "spec.rule: Invalid value: \"23/3\": spec.rule in body should match '^B[0-8]*/S[0-8]*$'")]
    [InlineData("""{"size":1,"tags":["a","b","c"]}""", "spec.tags: Too many: 3: must have at most 2 items")]
    [InlineData("""{"mode":"a"}""", "spec.size: Required value")]
    public void Apply_ReportsInvalidFields(string spec, string error)
    {
        var obj = new JsonObject { ["spec"] = JsonNode.Parse(spec) };

        var result = StructuralSchema.Apply(obj, Schema);

        result.Errors.Select(e => e.ToString()).ShouldBe([error]);
    }

    [Fact]
    public void Apply_AcceptsIntegersForNumbers_AndDropsNonNullableNulls()
    {
        var obj = JsonNode.Parse("""{"spec":{"size":2,"ratio":1,"rule":null}}""")!.AsObject();

        var result = StructuralSchema.Apply(obj, Schema);

        result.Errors.ShouldBeEmpty();
        obj.Raw().ShouldBe("""{"spec":{"size":2,"ratio":1,"mode":"a"}}""");
    }
}
