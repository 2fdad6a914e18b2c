using System.Security.Cryptography;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;

namespace OrleansLife.KubeEmulator.Pods;

/// <summary>The pod status a scheduler and a kubelet would write, condition for condition, in the order kubelets list them.</summary>
internal static class PodStatus
{
    public const string HostIp = "10.0.0.1";

    public static void Scheduled(JsonObject status, DateTimeOffset now) =>
        status["conditions"] = new JsonArray(Condition("PodScheduled", Timestamps.Format(now)));

    public static void Running(JsonObject pod, string podIp, DateTimeOffset now)
    {
        var status = pod.GetOrAddObject("status");
        var started = Timestamps.Format(now);
        var scheduled = status.GetArray("conditions")?.OfType<JsonObject>()
            .FirstOrDefault(c => c.GetString("type") == "PodScheduled").GetString("lastTransitionTime") ?? started;
        status["phase"] = "Running";
        status["conditions"] = new JsonArray(
            Condition("PodReadyToStartContainers", started),
            Condition("Initialized", scheduled),
            Condition("Ready", started),
            Condition("ContainersReady", started),
            Condition("PodScheduled", scheduled));
        status["hostIP"] = HostIp;
        status["hostIPs"] = new JsonArray(new JsonObject { ["ip"] = HostIp });
        status["podIP"] = podIp;
        status["podIPs"] = new JsonArray(new JsonObject { ["ip"] = podIp });
        status["startTime"] = scheduled;
        var containers = pod.GetObject("spec").GetArray("containers")?.OfType<JsonObject>() ?? [];
        status["containerStatuses"] = new JsonArray(containers.Select(c => (JsonNode)ContainerStatus(c, started)).ToArray());
    }

    private static JsonObject ContainerStatus(JsonObject container, string started) => new()
    {
        ["containerID"] = $"containerd://{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))}",
        ["image"] = container.GetString("image"),
        ["imageID"] = "",
        ["lastState"] = new JsonObject(),
        ["name"] = container.GetString("name"),
        ["ready"] = true,
        ["restartCount"] = 0,
        ["started"] = true,
        ["state"] = new JsonObject { ["running"] = new JsonObject { ["startedAt"] = started } },
    };

    private static JsonObject Condition(string type, string transition) => new()
    {
        ["lastProbeTime"] = null,
        ["lastTransitionTime"] = transition,
        ["status"] = "True",
        ["type"] = type,
    };
}
