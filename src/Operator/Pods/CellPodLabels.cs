namespace OrleansLife.Operator.Pods;

/// <summary>
/// The labels every cell pod carries, and the selectors built from them: <c>kubectl get pods -l
/// orleanslife.io/board=glider</c> lists exactly a board's live cells. Negative coordinates are written with
/// <c>m</c> (see <see cref="CellPodNames.Encode"/>), since a label value may not start with '-'.
/// </summary>
public static class CellPodLabels
{
    /// <summary><c>app.kubernetes.io/name</c>: what the pod is.</summary>
    public const string Name = "app.kubernetes.io/name";

    /// <summary>The value of <see cref="Name"/>.</summary>
    public const string NameValue = "orleanslife-cell";

    /// <summary><c>app.kubernetes.io/managed-by</c>: the operator owns every pod labelled so.</summary>
    public const string ManagedBy = "app.kubernetes.io/managed-by";

    /// <summary>The value of <see cref="ManagedBy"/>.</summary>
    public const string ManagedByValue = "orleanslife";

    /// <summary>The board's name.</summary>
    public const string Board = "orleanslife.io/board";

    /// <summary>The cell's column, encoded.</summary>
    public const string X = "orleanslife.io/x";

    /// <summary>The cell's row, encoded.</summary>
    public const string Y = "orleanslife.io/y";

    /// <summary>The Life generation whose desired state first asked for the pod.</summary>
    public const string Born = "orleanslife.io/born";

    /// <summary>Selects every cell pod the operator manages, of every board.</summary>
    public const string ManagedSelector = $"{ManagedBy}={ManagedByValue},{Name}={NameValue}";

    /// <summary>The keys the operator sets itself, which <see cref="CellPodOptions.Labels"/> may not override.</summary>
    public static IReadOnlyList<string> Reserved { get; } = [Name, ManagedBy, Board, X, Y, Born];

    /// <summary>Selects the cell pods of one board.</summary>
    public static string BoardSelector(string board) => $"{ManagedSelector},{Board}={board}";
}
