using OrleansLife.Grains.Boards;

namespace OrleansLife.Grains.Tests.Support;

/// <summary>Steps a board and waits for the result, for tests that only care about where the board ends up.</summary>
public static class BoardSteps
{
    /// <summary>How long a test waits for a board before it fails.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // Each wait stays well inside Orleans' 30 s response timeout; a step longer than one wait is waited for again.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>Advances <paramref name="generations"/> generations and returns the board after the last.</summary>
    public static async Task<BoardSnapshot> StepAsync(this IBoardGrain board, int generations)
    {
        var progress = await board.StepAsync(generations, Wait);
        var snapshot = progress.Board;
        // A board slower than 10 generations a second fails the test rather than hold the suite up.
        var deadline = DateTime.UtcNow + Patience + TimeSpan.FromSeconds(generations / 10);
        while (snapshot.Generation < progress.TargetGeneration)
        {
            if (DateTime.UtcNow > deadline) throw new ShouldAssertException($"The board never reached generation {progress.TargetGeneration}.");
            snapshot = await board.WaitForGenerationAsync(progress.TargetGeneration, Wait);
        }
        return snapshot;
    }
}
