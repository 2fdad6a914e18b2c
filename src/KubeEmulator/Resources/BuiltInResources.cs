using OrleansLife.KubeEmulator.Access;
using OrleansLife.KubeEmulator.CustomResources;
using OrleansLife.KubeEmulator.Events;
using OrleansLife.KubeEmulator.Leases;
using OrleansLife.KubeEmulator.Namespaces;
using OrleansLife.KubeEmulator.Nodes;
using OrleansLife.KubeEmulator.Pods;
using OrleansLife.KubeEmulator.Services;
using OrleansLife.KubeEmulator.Tables;

namespace OrleansLife.KubeEmulator.Resources;

/// <summary>The built-in resources the emulator serves, described as kube-apiserver's discovery describes them.</summary>
internal static class BuiltInResources
{
    public static readonly ResourceType Namespaces = new()
    {
        Group = "",
        Version = "v1",
        Kind = "Namespace",
        Plural = "namespaces",
        Singular = "namespace",
        Namespaced = false,
        ShortNames = ["ns"],
        Verbs = ["create", "delete", "get", "list", "patch", "update", "watch"],
        HasStatus = true,
        Behavior = new NamespaceBehavior(),
        Printer = new NamespaceTablePrinter(),
        SelectableFields = ["status.phase"],
    };

    public static readonly ResourceType Pods = new()
    {
        Group = "",
        Version = "v1",
        Kind = "Pod",
        Plural = "pods",
        Singular = "pod",
        Namespaced = true,
        ShortNames = ["po"],
        Categories = ["all"],
        HasStatus = true,
        Behavior = new PodBehavior(),
        Printer = new PodTablePrinter(),
        SelectableFields =
        [
            "spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork",
            "status.phase", "status.podIP", "status.nominatedNodeName",
        ],
    };

    public static readonly ResourceType Nodes = new()
    {
        Group = "",
        Version = "v1",
        Kind = "Node",
        Plural = "nodes",
        Singular = "node",
        Namespaced = false,
        ShortNames = ["no"],
        HasStatus = true,
        Behavior = ResourceBehavior.Default,
        Printer = new NodeTablePrinter(),
        SelectableFields = ["spec.unschedulable"],
    };

    /// <summary>Stored and listed, without cluster IPs or endpoints: enough for <c>kubectl cluster-info</c> and manifests that carry a service.</summary>
    public static readonly ResourceType Services = new()
    {
        Group = "",
        Version = "v1",
        Kind = "Service",
        Plural = "services",
        Singular = "service",
        Namespaced = true,
        ShortNames = ["svc"],
        Categories = ["all"],
        Verbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
        HasStatus = true,
        Behavior = ResourceBehavior.Default,
        Printer = new ServiceTablePrinter(),
    };

    public static readonly ResourceType Leases = new()
    {
        Group = "coordination.k8s.io",
        Version = "v1",
        Kind = "Lease",
        Plural = "leases",
        Singular = "lease",
        Namespaced = true,
        Behavior = new LeaseBehavior(),
        Printer = new LeaseTablePrinter(),
    };

    public static readonly ResourceType Events = new()
    {
        Group = "",
        Version = "v1",
        Kind = "Event",
        Plural = "events",
        Singular = "event",
        Namespaced = true,
        ShortNames = ["ev"],
        Behavior = ResourceBehavior.Default,
        Printer = new EventTablePrinter(),
        // pkg/registry/core/event's field set: kubectl describe finds an object's events by involvedObject.
        SelectableFields =
        [
            "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
            "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath",
            "reason", "reportingComponent", "source", "type",
        ],
    };

    public static readonly ResourceType CustomResourceDefinitions = new()
    {
        Group = "apiextensions.k8s.io",
        Version = "v1",
        Kind = "CustomResourceDefinition",
        Plural = "customresourcedefinitions",
        Singular = "customresourcedefinition",
        Namespaced = false,
        ShortNames = ["crd", "crds"],
        Categories = ["api-extensions"],
        HasStatus = true,
        Behavior = new CrdBehavior(),
        Printer = DefaultTablePrinter.Instance,
    };

    /// <summary>In the order discovery lists them: core resources alphabetically, then the groups.</summary>
    public static IReadOnlyList<ResourceType> All { get; } =
        [Events, Namespaces, Nodes, Pods, .. ManifestResources.Core, Services, .. ManifestResources.Grouped, Leases, CustomResourceDefinitions, .. AccessResources.All];
}
