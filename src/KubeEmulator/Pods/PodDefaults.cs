using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;

namespace OrleansLife.KubeEmulator.Pods;

/// <summary>
/// What a real cluster adds to a submitted pod, so <c>kubectl get pod -o yaml</c> reads the same: API defaults, the
/// DefaultTolerationSeconds admission plugin's tolerations, and the QoS class.
/// </summary>
internal static class PodDefaults
{
    public static void Apply(JsonObject spec)
    {
        spec["restartPolicy"] ??= "Always";
        spec["terminationGracePeriodSeconds"] ??= PodBehavior.DefaultTerminationGracePeriodSeconds;
        spec["dnsPolicy"] ??= "ClusterFirst";
        spec["serviceAccountName"] ??= "default";
        spec["serviceAccount"] ??= spec.GetString("serviceAccountName");
        spec["securityContext"] ??= new JsonObject();
        spec["schedulerName"] ??= "default-scheduler";
        spec["enableServiceLinks"] ??= true;
        spec["preemptionPolicy"] ??= "PreemptLowerPriority";
        spec["priority"] ??= 0;
        spec["tolerations"] ??= new JsonArray(Toleration("node.kubernetes.io/not-ready"), Toleration("node.kubernetes.io/unreachable"));
        foreach (var list in new[] { "initContainers", "containers" })
        {
            foreach (var container in spec.GetArray(list)?.OfType<JsonObject>() ?? []) ApplyToContainer(container);
        }
    }

    /// <summary>Guaranteed when every container's requests equal its cpu and memory limits, BestEffort with none, else Burstable.</summary>
    public static string QosClass(JsonObject spec)
    {
        var containers = spec.GetArray("containers")?.OfType<JsonObject>().ToList() ?? [];
        var resources = containers.Select(c => c.GetObject("resources")).ToList();
        if (resources.All(r => (r.GetObject("requests")?.Count ?? 0) == 0 && (r.GetObject("limits")?.Count ?? 0) == 0)) return "BestEffort";
        var guaranteed = resources.All(r =>
            r.GetObject("limits") is { } limits && limits.ContainsKey("cpu") && limits.ContainsKey("memory")
            && (r.GetObject("requests") is not { } requests || requests.All(pair => JsonNode.DeepEquals(pair.Value, limits[pair.Key]))));
        return guaranteed ? "Guaranteed" : "Burstable";
    }

    private static void ApplyToContainer(JsonObject container)
    {
        var image = container.GetString("image") ?? "";
        container["imagePullPolicy"] ??= PullsAlways(image) ? "Always" : "IfNotPresent";
        container["terminationMessagePath"] ??= "/dev/termination-log";
        container["terminationMessagePolicy"] ??= "File";
        container["resources"] ??= new JsonObject();
    }

    private static bool PullsAlways(string image)
    {
        if (image.Contains('@', StringComparison.Ordinal)) return false;
        var lastSlash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        return colon <= lastSlash || image[(colon + 1)..] == "latest";
    }

    private static JsonObject Toleration(string key) => new()
    {
        ["key"] = key,
        ["operator"] = "Exists",
        ["effect"] = "NoExecute",
        ["tolerationSeconds"] = 300,
    };
}
