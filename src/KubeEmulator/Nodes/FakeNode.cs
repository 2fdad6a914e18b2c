using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Pods;

namespace OrleansLife.KubeEmulator.Nodes;

/// <summary>The one node every pod is scheduled to, described the way KWOK describes its fake nodes: Ready, roomy, and agent-only.</summary>
internal static class FakeNode
{
    public const string KubeletVersion = "kwok-v0.7.0";

    public static JsonObject Create(string name, DateTimeOffset now) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Node",
        ["metadata"] = new JsonObject
        {
            ["name"] = name,
            ["labels"] = new JsonObject
            {
                ["kubernetes.io/arch"] = "amd64",
                ["kubernetes.io/hostname"] = name,
                ["kubernetes.io/os"] = "linux",
                ["kubernetes.io/role"] = "agent",
                ["node-role.kubernetes.io/agent"] = "",
                ["type"] = "kwok",
            },
            ["annotations"] = new JsonObject { ["kwok.x-k8s.io/node"] = "fake", ["node.alpha.kubernetes.io/ttl"] = "0" },
        },
        ["spec"] = new JsonObject(),
        ["status"] = new JsonObject
        {
            ["addresses"] = new JsonArray(
                new JsonObject { ["type"] = "InternalIP", ["address"] = PodStatus.HostIp },
                new JsonObject { ["type"] = "Hostname", ["address"] = name }),
            ["allocatable"] = Resources(),
            ["capacity"] = Resources(),
            ["conditions"] = new JsonArray(
                Condition("Ready", "True", "KubeletReady", "kubelet is posting ready status", now),
                Condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available", now),
                Condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", now),
                Condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available", now)),
            ["nodeInfo"] = new JsonObject
            {
                ["architecture"] = "amd64",
                ["containerRuntimeVersion"] = KubeletVersion,
                ["kubeProxyVersion"] = KubeletVersion,
                ["kubeletVersion"] = KubeletVersion,
                ["operatingSystem"] = "linux",
            },
            ["phase"] = "Running",
        },
    };

    // Every live cell is a pod on this one node, so it claims room for far more pods than a real node would.
    private static JsonObject Resources() => new() { ["cpu"] = "1k", ["memory"] = "1Ti", ["pods"] = "1M" };

    /// <summary>The lease in <c>kube-node-lease</c> through which a kubelet shows it is alive.</summary>
    public static JsonObject Lease(string name, DateTimeOffset now) => new()
    {
        ["apiVersion"] = "coordination.k8s.io/v1",
        ["kind"] = "Lease",
        ["metadata"] = new JsonObject { ["name"] = name },
        ["spec"] = new JsonObject
        {
            ["holderIdentity"] = name,
            ["leaseDurationSeconds"] = 40,
            ["renewTime"] = Timestamps.FormatMicro(now),
        },
    };

    private static JsonObject Condition(string type, string status, string reason, string message, DateTimeOffset now) => new()
    {
        ["type"] = type,
        ["status"] = status,
        ["lastHeartbeatTime"] = Timestamps.Format(now),
        ["lastTransitionTime"] = Timestamps.Format(now),
        ["reason"] = reason,
        ["message"] = message,
    };
}
