using System.Text.Json.Nodes;

namespace OrleansLife.Kubernetes.Tests.Fakes;

/// <summary>Compares JSON documents by value, ignoring property order and whitespace.</summary>
internal static class JsonAssert
{
    public static void Equal(string expected, string actual)
    {
        var same = JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual));
        same.ShouldBeTrue($"expected {JsonNode.Parse(expected)?.ToJsonString()}\n  but was {JsonNode.Parse(actual)?.ToJsonString()}");
    }
}
