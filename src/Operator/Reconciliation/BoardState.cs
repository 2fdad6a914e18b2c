using OrleansLife.Grains.Cells;
using OrleansLife.Operator.Pods;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>What the reconciler knows of one declared board: the pods it should have, and who waits on them.</summary>
internal sealed class BoardState(string name)
{
    public string Name => name;

    /// <summary>The generation <see cref="Desired"/> belongs to; null until the loop first acts on one.</summary>
    public long? Generation { get; set; }

    /// <summary>The pods the board should have, by name: the cells of <see cref="Cells"/>.</summary>
    public Dictionary<string, Coordinate> Desired { get; } = new(StringComparer.Ordinal);

    /// <summary>The live cells of <see cref="Generation"/>, as declared.</summary>
    public IReadOnlySet<Coordinate> Cells { get; set; } = new HashSet<Coordinate>();

    public BoardOwner? Owner { get; set; }

    public DateTimeOffset? RequestedAt { get; set; }

    /// <summary>A newer generation than <see cref="Generation"/>, declared but not yet acted on.</summary>
    public DesiredCells? Pending { get; set; }

    /// <summary>Whether the loop has acted on a generation yet; the first one also sweeps pods left from before.</summary>
    public bool Adopted { get; set; }

    public bool Forgotten { get; set; }

    /// <summary>The board started again from an earlier generation; its next declaration wins whatever its generation.</summary>
    public bool Rewound { get; set; }

    public long? RefusedGeneration { get; set; }

    public string? CapMessage { get; set; }

    public string? LastError { get; set; }

    public long? ReflectedGeneration { get; set; }

    public DateTimeOffset? ReflectedAt { get; set; }

    public List<GenerationWaiter> Waiters { get; } = [];

    public List<TaskCompletionSource> ForgetWaiters { get; } = [];

    /// <summary>The newest generation declared, acted on or not.</summary>
    public long? LatestGeneration => Pending?.Generation ?? Generation;

    /// <summary>The pods the board is asking for now, for the caps.</summary>
    public int LatestCount => Forgotten ? 0 : Pending?.Cells.Count ?? Desired.Count;
}
