using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Tests.Testing;

/// <summary>Builders for the JSON objects tests send.</summary>
public static class TestObjects
{
    public static JsonObject Pod(string name, JsonObject? labels = null, JsonArray? ownerReferences = null)
    {
        var metadata = new JsonObject { ["name"] = name };
        if (labels is not null) metadata["labels"] = labels;
        if (ownerReferences is not null) metadata["ownerReferences"] = ownerReferences;
        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = metadata,
            ["spec"] = new JsonObject
            {
                ["containers"] = new JsonArray(new JsonObject { ["name"] = "cell", ["image"] = "registry.k8s.io/pause:3.9" }),
            },
        };
    }

    public static JsonObject Namespace(string name) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Namespace",
        ["metadata"] = new JsonObject { ["name"] = name },
    };

    public static JsonObject Lease(string name, string holder) => new()
    {
        ["apiVersion"] = "coordination.k8s.io/v1",
        ["kind"] = "Lease",
        ["metadata"] = new JsonObject { ["name"] = name },
        ["spec"] = new JsonObject { ["holderIdentity"] = holder, ["leaseDurationSeconds"] = 15 },
    };

    public static JsonObject Board(string name, JsonObject? spec = null) => new()
    {
        ["apiVersion"] = "orleanslife.io/v1",
        ["kind"] = "Board",
        ["metadata"] = new JsonObject { ["name"] = name },
        ["spec"] = spec ?? new JsonObject { ["width"] = 8, ["height"] = 8, ["topology"] = "torus", ["pattern"] = "glider" },
    };

    /// <summary>A core/v1 Event about a pod, as a kubelet would record it.</summary>
    public static JsonObject Event(string name, string pod, string reason, string type = "Normal", string podUid = "uid-1") => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Event",
        ["metadata"] = new JsonObject { ["name"] = name },
        ["involvedObject"] = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Pod", ["name"] = pod, ["uid"] = podUid },
        ["reason"] = reason,
        ["type"] = type,
        ["message"] = $"{reason} {pod}",
        ["source"] = new JsonObject { ["component"] = "kubelet", ["host"] = "orleanslife-node" },
        ["count"] = 1,
    };

    public static JsonArray OwnedBy(JsonObject owner) => new(new JsonObject
    {
        ["apiVersion"] = owner["apiVersion"]!.GetValue<string>(),
        ["kind"] = owner["kind"]!.GetValue<string>(),
        ["name"] = owner.Text("metadata.name"),
        ["uid"] = owner.Text("metadata.uid"),
        ["controller"] = true,
        ["blockOwnerDeletion"] = true,
    });
}
