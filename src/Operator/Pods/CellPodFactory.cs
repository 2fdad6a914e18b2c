using System.Globalization;
using k8s.Models;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Operator.Pods;

/// <summary>Builds the pod of one live cell: its name, labels, owner, tiny resources and restricted security context.</summary>
public sealed class CellPodFactory(CellPodOptions options)
{
    /// <summary>The container's name inside every cell pod.</summary>
    public const string ContainerName = "cell";

    /// <summary>The pod for <paramref name="cell"/> of <paramref name="board"/>, first wanted in generation <paramref name="born"/>.</summary>
    public V1Pod Create(string board, Coordinate cell, long born, BoardOwner? owner, string @namespace)
    {
        var labels = new Dictionary<string, string>(options.Labels, StringComparer.Ordinal)
        {
            [CellPodLabels.Name] = CellPodLabels.NameValue,
            [CellPodLabels.ManagedBy] = CellPodLabels.ManagedByValue,
            [CellPodLabels.Board] = board,
            [CellPodLabels.X] = CellPodNames.Encode(cell.X),
            [CellPodLabels.Y] = CellPodNames.Encode(cell.Y),
            [CellPodLabels.Born] = born.ToString(CultureInfo.InvariantCulture),
        };
        return new V1Pod
        {
            ApiVersion = "v1",
            Kind = "Pod",
            Metadata = new V1ObjectMeta
            {
                Name = CellPodNames.For(board, cell),
                NamespaceProperty = @namespace,
                Labels = labels,
                OwnerReferences = owner is null ? null : [owner.ToReference()],
            },
            Spec = new V1PodSpec
            {
                Containers = [Container()],
                TerminationGracePeriodSeconds = options.TerminationGracePeriodSeconds,
                RestartPolicy = "Always",
                // A cell needs neither API credentials nor one environment variable per service in the namespace.
                AutomountServiceAccountToken = false,
                EnableServiceLinks = false,
            },
        };
    }

    private V1Container Container() => new()
    {
        Name = ContainerName,
        Image = options.Image,
        ImagePullPolicy = "IfNotPresent",
        Resources = new V1ResourceRequirements
        {
            Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(options.CpuRequest), ["memory"] = new(options.MemoryRequest) },
            Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(options.CpuLimit), ["memory"] = new(options.MemoryLimit) },
        },
        SecurityContext = new V1SecurityContext
        {
            RunAsNonRoot = true,
            RunAsUser = options.RunAsUser,
            ReadOnlyRootFilesystem = true,
            AllowPrivilegeEscalation = false,
            Capabilities = new V1Capabilities { Drop = ["ALL"] },
            SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
        },
    };
}
