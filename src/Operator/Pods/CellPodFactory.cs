using System.Globalization;
using System.Text.Json;
using OrleansLife.Grains.Cells;
using OrleansLife.Kubernetes.Meta;
using OrleansLife.Kubernetes.Pods;

namespace OrleansLife.Operator.Pods;

/// <summary>Builds the pod of one live cell: its name, labels, owner, tiny resources and restricted security context.</summary>
public sealed class CellPodFactory(CellPodOptions options)
{
    /// <summary>The container's name inside every cell pod.</summary>
    public const string ContainerName = "cell";

    private static readonly JsonElement False = JsonSerializer.SerializeToElement(false);
    private static readonly JsonElement RuntimeDefaultSeccomp = JsonSerializer.SerializeToElement(new { type = "RuntimeDefault" });

    /// <summary>The pod for <paramref name="cell"/> of <paramref name="board"/>, first wanted in generation <paramref name="born"/>.</summary>
    public Pod Create(string board, Coordinate cell, long born, BoardOwner? owner, string @namespace)
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
        return new Pod
        {
            Metadata = new ObjectMeta
            {
                Name = CellPodNames.For(board, cell),
                Namespace = @namespace,
                Labels = labels,
                OwnerReferences = owner is null ? null : [owner.ToReference()],
            },
            Spec = new PodSpec
            {
                Containers = [Container()],
                TerminationGracePeriodSeconds = options.TerminationGracePeriodSeconds,
                RestartPolicy = "Always",
                // A cell needs neither API credentials nor one environment variable per service in the namespace.
                ExtensionData = new Dictionary<string, JsonElement>
                {
                    ["automountServiceAccountToken"] = False,
                    ["enableServiceLinks"] = False,
                },
            },
        };
    }

    private Container Container() => new()
    {
        Name = ContainerName,
        Image = options.Image,
        ImagePullPolicy = "IfNotPresent",
        Resources = new ResourceRequirements
        {
            Requests = new Dictionary<string, string> { ["cpu"] = options.CpuRequest, ["memory"] = options.MemoryRequest },
            Limits = new Dictionary<string, string> { ["cpu"] = options.CpuLimit, ["memory"] = options.MemoryLimit },
        },
        SecurityContext = new SecurityContext
        {
            RunAsNonRoot = true,
            ReadOnlyRootFilesystem = true,
            AllowPrivilegeEscalation = false,
            Capabilities = new Capabilities { Drop = ["ALL"] },
            // Not modelled by the client's SecurityContext, so sent as extension fields.
            ExtensionData = new Dictionary<string, JsonElement>
            {
                ["runAsUser"] = JsonSerializer.SerializeToElement(options.RunAsUser),
                ["seccompProfile"] = RuntimeDefaultSeccomp,
            },
        },
    };
}
