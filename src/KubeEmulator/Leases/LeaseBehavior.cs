using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.Leases;

/// <summary>The lease strategy: like the default, except that a PUT to a missing lease creates it, as leader election expects.</summary>
internal sealed class LeaseBehavior : ResourceBehavior
{
    public override bool AllowCreateOnUpdate => true;
}
