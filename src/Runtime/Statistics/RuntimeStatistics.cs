using System.Collections.Concurrent;
using OrleansLife.Runtime.Identity;

namespace OrleansLife.Runtime.Statistics;

/// <summary>Live counters of one silo's runtime, cheap to update on the hot path; <see cref="SiloRuntime.GetStatistics"/> reads them.</summary>
internal sealed class RuntimeStatistics
{
    private readonly StripedCounter _delivered = new();
    private readonly ConcurrentDictionary<GrainType, StripedCounter> _activations = new();
    private readonly ConcurrentDictionary<string, MethodStatistics> _calls = new();

    public void AddDelivered(int messages) => _delivered.Add(messages);

    public long Delivered => _delivered.Read();

    public void Activated(GrainType type) => Counter(type).Add(1);

    public void Deactivated(GrainType type) => Counter(type).Add(-1);

    public MethodStatistics Calls(string method) => _calls.GetOrAdd(method, static name => new MethodStatistics(name));

    public IReadOnlyDictionary<string, long> ActivationsByType() =>
        _activations.ToDictionary(pair => pair.Key.Name, pair => pair.Value.Read());

    public IReadOnlyList<MethodStatisticsSnapshot> CallsByMethod() =>
        [.. _calls.Values.Select(m => m.Snapshot()).OrderBy(m => m.Method, StringComparer.Ordinal)];

    private StripedCounter Counter(GrainType type) => _activations.GetOrAdd(type, static _ => new StripedCounter());
}
