using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Tables;

namespace OrleansLife.KubeEmulator.Services;

/// <summary>NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE (and SELECTOR with <c>-o wide</c>), as the API server prints services.</summary>
internal sealed class ServiceTablePrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        MetadataDescriptions.NameColumn,
        new("Type", "string", "type determines how the Service is exposed. Defaults to ClusterIP."),
        new("Cluster-IP", "string", "clusterIP is the IP address of the service and is usually assigned randomly."),
        new("External-IP", "string", "externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service."),
        new("Port(s)", "string", "The list of ports that are exposed by this service."),
        new("Age", "string", MetadataDescriptions.CreationTimestamp),
        new("Selector", "string", "Route service traffic to pods with label keys and values matching this selector.", Priority: 1),
    ];

    public JsonArray Cells(JsonObject obj, DateTimeOffset now)
    {
        var spec = obj.GetObject("spec");
        var type = spec.GetString("type") ?? "ClusterIP";
        var clusterIp = spec.GetArray("clusterIPs")?.FirstOrDefault()?.ToString() ?? spec.GetString("clusterIP");
        var externalIps = spec.GetArray("externalIPs")?.Select(ip => ip?.ToString()).ToList() ?? [];
        var ports = spec.GetArray("ports")?.OfType<JsonObject>().Select(p => PortText(p, type)).ToList() ?? [];
        var selector = spec.GetObject("selector")?.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}").ToList() ?? [];
        return new JsonArray(
            Meta.Name(obj),
            type,
            string.IsNullOrEmpty(clusterIp) ? "<none>" : clusterIp,
            type == "ExternalName" ? spec.GetString("externalName") ?? "<none>" : externalIps.Count == 0 ? "<none>" : string.Join(',', externalIps),
            ports.Count == 0 ? "<none>" : string.Join(',', ports),
            HumanDuration.Since(obj.GetObject("metadata").GetString("creationTimestamp"), now),
            selector.Count == 0 ? "<none>" : string.Join(',', selector));
    }

    private static string PortText(JsonObject port, string type)
    {
        var text = $"{port.GetInt64("port")}/{port.GetString("protocol") ?? "TCP"}";
        return type is "NodePort" or "LoadBalancer" && port.GetInt64("nodePort") is { } nodePort ? $"{port.GetInt64("port")}:{nodePort}/{port.GetString("protocol") ?? "TCP"}" : text;
    }
}
