namespace OrleansLife.KubeEmulator.Selectors;

/// <summary>The operators of Kubernetes label selectors, equality-based and set-based.</summary>
internal enum LabelOperator
{
    Equals,
    NotEquals,
    In,
    NotIn,
    Exists,
    DoesNotExist,
    GreaterThan,
    LessThan,
}
