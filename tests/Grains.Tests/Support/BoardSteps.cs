using OrleansLife.Grains.Boards;

namespace OrleansLife.Grains.Tests.Support;

/// <summary>Steps a board and waits for the result, for tests that only care about where the board ends up.</summary>
public static class BoardSteps
{
    /// <summary>How long a test waits for a board that makes no progress at all before it fails.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // Each wait stays well inside Orleans' 30 s response timeout; a step longer than one wait is waited for again.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>Advances <paramref name="generations"/> generations and returns the board after the last.</summary>
    public static async Task<BoardSnapshot> StepAsync(this IBoardGrain board, int generations)
    {
        var progress = await board.StepAsync(generations, Wait);
        var snapshot = progress.Board;
        // A stuck board fails the test; a slow one (a loaded machine) is waited for as long as it moves on.
        var deadline = DateTime.UtcNow + Patience;
        while (snapshot.Generation < progress.TargetGeneration)
        {
            if (DateTime.UtcNow > deadline)
                throw new ShouldAssertException($"The board stopped at generation {snapshot.Generation} on its way to {progress.TargetGeneration}.");
            var previous = snapshot.Generation;
            snapshot = await board.WaitForGenerationAsync(progress.TargetGeneration, Wait);
            if (snapshot.Generation > previous) deadline = DateTime.UtcNow + Patience;
        }
        return snapshot;
    }
}
