using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Tables;

namespace OrleansLife.KubeEmulator.Nodes;

/// <summary>NAME STATUS ROLES AGE VERSION, and the addresses and system information for <c>-o wide</c>, as the API server prints nodes.</summary>
internal sealed class NodeTablePrinter : ITablePrinter
{
    private const string RolePrefix = "node-role.kubernetes.io/";

    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        MetadataDescriptions.NameColumn,
        new("Status", "string", "The status of the node"),
        new("Roles", "string", "The roles of the node"),
        new("Age", "string", MetadataDescriptions.CreationTimestamp),
        new("Version", "string", "Kubelet Version reported by the node."),
        new("Internal-IP", "string", "List of addresses reachable to the node.", 1),
        new("External-IP", "string", "List of addresses reachable to the node.", 1),
        new("OS-Image", "string", "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).", 1),
        new("Kernel-Version", "string", "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).", 1),
        new("Container-Runtime", "string", "ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).", 1),
    ];

    public JsonArray Cells(JsonObject node, DateTimeOffset now)
    {
        var status = node.GetObject("status");
        var info = status.GetObject("nodeInfo");
        return new JsonArray(
            Meta.Name(node),
            Readiness(node),
            Roles(node),
            HumanDuration.Since(node.GetObject("metadata").GetString("creationTimestamp"), now),
            info.GetString("kubeletVersion") ?? "",
            Address(status, "InternalIP"),
            Address(status, "ExternalIP"),
            Known(info.GetString("osImage")),
            Known(info.GetString("kernelVersion")),
            Known(info.GetString("containerRuntimeVersion")));
    }

    private static string Readiness(JsonObject node)
    {
        var ready = node.GetObject("status").GetArray("conditions")?.OfType<JsonObject>().FirstOrDefault(c => c.GetString("type") == "Ready");
        var status = ready is null ? "Unknown" : ready.GetString("status") == "True" ? "Ready" : "NotReady";
        return node.GetObject("spec").GetBoolean("unschedulable") == true ? $"{status},SchedulingDisabled" : status;
    }

    private static string Roles(JsonObject node)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in Meta.Labels(node))
        {
            if (key.StartsWith(RolePrefix, StringComparison.Ordinal) && key.Length > RolePrefix.Length) roles.Add(key[RolePrefix.Length..]);
            else if (key == "kubernetes.io/role" && value.Length > 0) roles.Add(value);
        }
        return roles.Count == 0 ? "<none>" : string.Join(",", roles);
    }

    private static string Address(JsonObject? status, string type) =>
        status.GetArray("addresses")?.OfType<JsonObject>().FirstOrDefault(a => a.GetString("type") == type).GetString("address") ?? "<none>";

    private static string Known(string? value) => string.IsNullOrEmpty(value) ? "<unknown>" : value;
}
