using System.Globalization;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Tables;

namespace OrleansLife.KubeEmulator.Pods;

/// <summary>
/// The API server's pod printer: NAME READY STATUS RESTARTS AGE, and IP NODE NOMINATED NODE READINESS GATES for
/// <c>-o wide</c>, with STATUS derived from phase, container states and deletion exactly as <c>printPod</c> does.
/// </summary>
internal sealed class PodTablePrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        MetadataDescriptions.NameColumn,
        new("Ready", "string", "The aggregate readiness state of this pod for accepting traffic."),
        new("Status", "string", "The aggregate status of the containers in this pod."),
        new("Restarts", "string", "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted."),
        new("Age", "string", MetadataDescriptions.CreationTimestamp),
        new("IP", "string", "podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.", 1),
        new("Node", "string", "NodeName indicates in which node this pod is scheduled.", 1),
        new("Nominated Node", "string", "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods.", 1),
        new("Readiness Gates", "string", "If specified, all readiness gates will be evaluated for pod readiness.", 1),
    ];

    public JsonArray Cells(JsonObject pod, DateTimeOffset now)
    {
        var spec = pod.GetObject("spec");
        var status = pod.GetObject("status");
        var phase = status.GetString("phase") ?? "";
        var reason = status.GetString("reason") is { Length: > 0 } statusReason ? statusReason : phase;
        var totalContainers = spec.GetArray("containers")?.Count ?? 0;
        var (ready, restarts, containerReason) = ContainerSummary(status);
        if (containerReason is not null) reason = containerReason;
        if (Meta.IsDeleting(pod) && status.GetString("reason") == "NodeLost") reason = "Unknown";
        else if (Meta.IsDeleting(pod) && phase is not ("Succeeded" or "Failed")) reason = "Terminating";

        return new JsonArray(
            Meta.Name(pod),
            $"{ready}/{totalContainers}",
            reason,
            restarts.ToString(CultureInfo.InvariantCulture),
            HumanDuration.Since(pod.GetObject("metadata").GetString("creationTimestamp"), now),
            status.GetArray("podIPs")?.OfType<JsonObject>().FirstOrDefault().GetString("ip") is { Length: > 0 } ip ? ip : "<none>",
            spec.GetString("nodeName") is { Length: > 0 } node ? node : "<none>",
            status.GetString("nominatedNodeName") is { Length: > 0 } nominated ? nominated : "<none>",
            ReadinessGates(spec, status));
    }

    private static (int Ready, long Restarts, string? Reason) ContainerSummary(JsonObject? status)
    {
        int ready = 0;
        long restarts = 0;
        string? reason = null;
        var hasRunning = false;
        var statuses = status.GetArray("containerStatuses")?.OfType<JsonObject>().Reverse() ?? [];
        foreach (var container in statuses)
        {
            restarts += container.GetInt64("restartCount") ?? 0;
            var state = container.GetObject("state");
            if (state.GetObject("waiting").GetString("reason") is { Length: > 0 } waiting) reason = waiting;
            else if (state.GetObject("terminated") is { } terminated) reason = TerminatedReason(terminated);
            else if (container.GetBoolean("ready") == true && state.GetObject("running") is not null)
            {
                hasRunning = true;
                ready++;
            }
        }
        if (reason == "Completed" && hasRunning) reason = HasReadyCondition(status) ? "Running" : "NotReady";
        return (ready, restarts, reason);
    }

    private static string TerminatedReason(JsonObject terminated)
    {
        if (terminated.GetString("reason") is { Length: > 0 } reason) return reason;
        var signal = terminated.GetInt64("signal") ?? 0;
        return signal != 0
            ? string.Create(CultureInfo.InvariantCulture, $"Signal:{signal}")
            : string.Create(CultureInfo.InvariantCulture, $"ExitCode:{terminated.GetInt64("exitCode") ?? 0}");
    }

    private static bool HasReadyCondition(JsonObject? status) =>
        status.GetArray("conditions")?.OfType<JsonObject>().Any(c => c.GetString("type") == "Ready" && c.GetString("status") == "True") == true;

    private static string ReadinessGates(JsonObject? spec, JsonObject? status)
    {
        var gates = spec.GetArray("readinessGates")?.OfType<JsonObject>().ToList() ?? [];
        if (gates.Count == 0) return "<none>";
        var conditions = status.GetArray("conditions")?.OfType<JsonObject>().ToList() ?? [];
        var satisfied = gates.Count(gate => conditions.FirstOrDefault(c => c.GetString("type") == gate.GetString("conditionType"))
            .GetString("status") == "True");
        return string.Create(CultureInfo.InvariantCulture, $"{satisfied}/{gates.Count}");
    }
}
