using OrleansLife.Runtime.Identity;

namespace OrleansLife.Runtime.Tests.Support;

/// <summary>A grain whose every behaviour a runtime test may want to observe.</summary>
public interface IProbeGrain : IGrainWithStringKey
{
    void Add(long amount);

    /// <summary>Records a sequence number in the journal, which notes any that arrive out of order.</summary>
    void Observe(long sequence);

    Task<long> GetAsync();

    Task<int> MostConcurrentTurnsAsync();

    Task<string> FailAsync(string message);

    Task<string> HangAsync();

    Task<int> ActivationNumberAsync();

    void DeactivateSoon();

    Task StartTimerAsync(TimeSpan period);

    Task<int> TimerTicksAsync();

    Task<long> WhenTotalReachesAsync(long total);
}
