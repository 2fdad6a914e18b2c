using k8s.Models;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>One API write the loop decided on: a create (with the pod) or a delete (of the pod with that uid).</summary>
internal sealed record PlannedWrite(CellKey Key, V1Pod? Create, string? DeleteUid)
{
    public string Verb => Create is null ? "delete" : "create";
}
