using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.ManagedFields;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.ManagedFields;

/// <summary>Field sets in the API server's fieldsV1 notation.</summary>
public sealed class FieldSetTests
{
    [Fact]
    public void Of_APod_KeysContainersByNameAndPortsByPortAndProtocol_AndLeavesOutIdentity()
    {
        var pod = JsonNode.Parse("""
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"cell","uid":"u","labels":{"app":"life"},"finalizers":["a"]},
             "spec":{"containers":[{"name":"cell","image":"pause","args":["x"],"ports":[{"containerPort":80}]}]},
             "status":{"phase":"Running"}}
            """)!.AsObject();

        var fields = FieldSet.Of(pod, statusOnly: false, withoutStatus: true).ToFieldsV1();

        fields.Raw().ShouldBe(
            """{"f:metadata":{"f:finalizers":{"v:\"a\"":{}},"f:labels":{"f:app":{}}},"f:spec":{"f:containers":{"k:{\"name\":\"cell\"}":{".":{},"f:args":{},"f:image":{},"f:name":{},"f:ports":{"k:{\"containerPort\":80,\"protocol\":\"TCP\"}":{".":{},"f:containerPort":{}}}}}}}""");
    }

    [Fact]
    public void FromFieldsV1_ThenToFieldsV1_RoundTrips()
    {
        var fieldsV1 = JsonNode.Parse("""{"f:metadata":{"f:labels":{".":{},"f:app":{}}},"f:spec":{"f:holderIdentity":{}}}""")!.AsObject();

        var set = FieldSet.FromFieldsV1(fieldsV1);

        set.Paths.Count.ShouldBe(3);
        set.ToFieldsV1().Raw().ShouldBe(fieldsV1.Raw());
    }

    [Theory]
    [InlineData("f:spec\nf:holderIdentity", ".spec.holderIdentity")]
    [InlineData("f:spec\nf:containers\nk:{\"name\":\"cell\"}\nf:image", ".spec.containers[name=\"cell\"].image")]
    [InlineData("f:spec\nf:ports\nk:{\"containerPort\":80,\"protocol\":\"TCP\"}", ".spec.ports[containerPort=80,protocol=\"TCP\"]")]
    [InlineData("f:metadata\nf:finalizers\nv:\"a\"", ".metadata.finalizers[=\"a\"]")]
    public void Display_WritesPathsAsConflictsNameThem(string path, string expected) => FieldPath.Display(path).ShouldBe(expected);
}
