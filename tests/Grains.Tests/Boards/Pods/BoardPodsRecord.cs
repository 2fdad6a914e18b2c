using System.Threading.Channels;
using OrleansLife.Grains.Boards.Pods;

namespace OrleansLife.Grains.Tests.Boards.Pods;

/// <summary>What <see cref="RecordingBoardPods"/> heard from one board, readable as it happens.</summary>
public sealed class BoardPodsRecord
{
    /// <summary>How long a test waits for the next declaration or wait before it fails.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly List<PodDeclaration> _declared = [];
    private readonly Channel<PodDeclaration> _declarations = Channel.CreateUnbounded<PodDeclaration>();
    private readonly Channel<PodWait> _waits = Channel.CreateUnbounded<PodWait>();
    private volatile bool _held;
    private int _forgotten;

    /// <summary>Whether the board's waits stay open until the test ends them; otherwise they end at once, in time.</summary>
    public bool Held
    {
        get => _held;
        set => _held = value;
    }

    /// <summary>What a declaration of a generation with so many live cells is answered; by default it is accepted.</summary>
    public Func<long, int, string?> Refuse { get; set; } = static (_, _) => null;

    /// <summary>What <see cref="IBoardPods.GetCounts"/> answers for the board.</summary>
    public BoardPodCounts? Counts { get; set; }

    /// <summary>Every declaration so far, oldest first.</summary>
    public IReadOnlyList<PodDeclaration> Declared
    {
        get
        {
            lock (_declared) return [.. _declared];
        }
    }

    /// <summary>The generations declared so far, oldest first.</summary>
    public IReadOnlyList<long> DeclaredGenerations => [.. Declared.Select(d => d.Generation)];

    public int TimesForgotten => Volatile.Read(ref _forgotten);

    /// <summary>The next declaration, failing the test if none comes within <see cref="Patience"/>.</summary>
    public async Task<PodDeclaration> NextDeclarationAsync() => await _declarations.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    /// <summary>The next wait for pods, failing the test if none comes within <see cref="Patience"/>.</summary>
    public async Task<PodWait> NextWaitAsync() => await _waits.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    /// <summary>Reads declarations up to <paramref name="generation"/>'s, and returns it.</summary>
    public async Task<PodDeclaration> DeclarationOfAsync(long generation)
    {
        while (true)
        {
            var next = await NextDeclarationAsync();
            if (next.Generation >= generation) return next;
        }
    }

    /// <summary>Whether a wait for pods has come that was not read.</summary>
    public bool HasUnreadWait => _waits.Reader.TryPeek(out _);

    internal string? Add(PodDeclaration declaration)
    {
        lock (_declared) _declared.Add(declaration);
        _declarations.Writer.TryWrite(declaration);
        return Refuse(declaration.Generation, declaration.Live.Length);
    }

    internal Task<bool> Wait(PodWait wait)
    {
        _waits.Writer.TryWrite(wait);
        if (!_held) wait.Shown(true);
        return wait.Done.Task;
    }

    internal void Forget() => Interlocked.Increment(ref _forgotten);
}
