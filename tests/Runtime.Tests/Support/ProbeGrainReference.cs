using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Messaging;
using OrleansLife.Runtime.References;

namespace OrleansLife.Runtime.Tests.Support;

/// <summary>The caller's side of <see cref="IProbeGrain"/> (and of its concurrent-mailbox twin).</summary>
public sealed class ProbeGrainReference(GrainId id, IGrainRuntime runtime) : GrainReference(id, runtime), IConcurrentProbeGrain
{
    private static readonly OneWayMethod<IProbeGrain> AddMethod = new("probe.add", static (g, amount, _) => g.Add(amount));
    private static readonly OneWayMethod<IProbeGrain> ObserveMethod = new("probe.observe", static (g, sequence, _) => g.Observe(sequence));
    private static readonly OneWayMethod<IProbeGrain> DeactivateSoonMethod = new("probe.deactivate-soon", static (g, _, _) => g.DeactivateSoon());
    private static readonly CallMethod<IProbeGrain, Unit, long> GetMethod = new("probe.get", static (g, _) => g.GetAsync());
    private static readonly CallMethod<IProbeGrain, Unit, int> MostConcurrentTurnsMethod = new("probe.most-concurrent", static (g, _) => g.MostConcurrentTurnsAsync());
    private static readonly CallMethod<IProbeGrain, string, string> FailMethod = new("probe.fail", static (g, message) => g.FailAsync(message));
    private static readonly CallMethod<IProbeGrain, Unit, string> HangMethod = new("probe.hang", static (g, _) => g.HangAsync());
    private static readonly CallMethod<IProbeGrain, Unit, int> ActivationNumberMethod = new("probe.activation-number", static (g, _) => g.ActivationNumberAsync());
    private static readonly CallMethod<IProbeGrain, TimeSpan, Unit> StartTimerMethod =
        new("probe.start-timer", static async (g, period) => { await g.StartTimerAsync(period); return Unit.Value; });
    private static readonly CallMethod<IProbeGrain, Unit, int> TimerTicksMethod = new("probe.timer-ticks", static (g, _) => g.TimerTicksAsync());
    private static readonly CallMethod<IProbeGrain, long, long> WhenTotalReachesMethod =
        new("probe.when-total-reaches", static (g, total) => g.WhenTotalReachesAsync(total), completesLater: true);

    public static readonly GrainMethod[] All =
    [
        AddMethod, ObserveMethod, DeactivateSoonMethod, GetMethod, MostConcurrentTurnsMethod, FailMethod, HangMethod, ActivationNumberMethod,
        StartTimerMethod, TimerTicksMethod, WhenTotalReachesMethod,
    ];

    public void Add(long amount) => Send(AddMethod, amount);

    public Task<long> GetAsync() => CallAsync(GetMethod, Unit.Value);

    public Task<int> MostConcurrentTurnsAsync() => CallAsync(MostConcurrentTurnsMethod, Unit.Value);

    public Task<string> FailAsync(string message) => CallAsync(FailMethod, message);

    public Task<string> HangAsync() => CallAsync(HangMethod, Unit.Value);

    public Task<int> ActivationNumberAsync() => CallAsync(ActivationNumberMethod, Unit.Value);

    public void Observe(long sequence) => Send(ObserveMethod, sequence);

    public void DeactivateSoon() => Send(DeactivateSoonMethod);

    public Task StartTimerAsync(TimeSpan period) => CallAsync(StartTimerMethod, period);

    public Task<int> TimerTicksAsync() => CallAsync(TimerTicksMethod, Unit.Value);

    public Task<long> WhenTotalReachesAsync(long total) => CallAsync(WhenTotalReachesMethod, total);
}
