using Orleans.Concurrency;

namespace OrleansLife.Grains.Boards;

/// <summary>Receives a board's generations as they complete: an observer on the silo where someone watches the board.</summary>
[Alias("board-watcher")]
public interface IBoardWatcher : IGrainObserver
{
    [Alias("generation"), OneWay]
    Task OnGenerationAsync(GenerationRecord record);

    /// <summary>The board was deleted: no generation follows.</summary>
    [Alias("deleted"), OneWay]
    Task OnDeletedAsync(string board);
}
