using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansLife.Runtime.Activations;
using OrleansLife.Runtime.Hosting;
using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Placement;
using OrleansLife.Runtime.References;
using OrleansLife.Runtime.Registry;
using OrleansLife.Runtime.Statistics;
using OrleansLife.Runtime.Transport;

namespace OrleansLife.Runtime;

/// <summary>
/// One silo's grain runtime: the activations it hosts, the delivery of messages to them, and the references callers
/// use. Messages to grains that <see cref="IGrainPlacement"/> puts on another silo leave through <see cref="IMessageTransport"/>.
/// </summary>
public sealed partial class SiloRuntime : IGrainRuntime, IAsyncDisposable
{
    private readonly ConcurrentDictionary<GrainId, Grain> _activations = new();
    private readonly Func<GrainId, Grain> _createActivation;
    private readonly GrainRegistry _registry;
    private readonly IServiceProvider _services;
    private readonly IGrainPlacement _placement;
    private readonly ILogger _logger;
    private readonly ITimer _housekeeping;

    public SiloRuntime(
        IOptions<SiloRuntimeOptions> options,
        GrainRegistry registry,
        IServiceProvider services,
        TimeProvider timeProvider,
        ILogger<SiloRuntime> logger,
        IGrainPlacement? placement = null,
        IMessageTransport? transport = null)
    {
        Options = options.Value;
        _registry = registry;
        _services = services;
        TimeProvider = timeProvider;
        _logger = logger;
        Address = new SiloAddress(Options.Endpoint, timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        _placement = placement ?? new LocalPlacement(Address);
        Transport = transport;
        StartedAt = timeProvider.GetUtcNow();
        _createActivation = CreateActivation;
        Codec = new MessageCodec(registry);
        _housekeeping = timeProvider.CreateTimer(static state => ((SiloRuntime)state!).Housekeeping(), this,
            Options.CollectionInterval, Options.CollectionInterval);
    }

    public SiloAddress Address { get; }

    public TimeProvider TimeProvider { get; }

    public DateTimeOffset StartedAt { get; }

    internal SiloRuntimeOptions Options { get; }

    internal RuntimeStatistics Statistics { get; } = new();

    internal IMessageTransport? Transport { get; }

    /// <summary>Reads and writes the messages this silo exchanges with others.</summary>
    public MessageCodec Codec { get; }

    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey => Reference<TGrain>(GrainKey.FromString(key));

    public TGrain GetGrain<TGrain>(long key) where TGrain : IGrainWithIntegerKey => Reference<TGrain>(GrainKey.FromNumber(key));

    public TGrain GetGrain<TGrain>(long key, string keyExtension) where TGrain : IGrainWithCompoundKey =>
        Reference<TGrain>(GrainKey.Compound(key, keyExtension));

    private TGrain Reference<TGrain>(GrainKey key) =>
        _registry.CreateReference<TGrain>(new GrainId(_registry.TypeOf<TGrain>(), key), this);

    private Grain CreateActivation(GrainId id)
    {
        var grain = _registry.CreateActivation(id.Type, _services);
        grain.Attach(id, this);
        return grain;
    }

    public RuntimeStatisticsSnapshot GetStatistics()
    {
        long queued = 0;
        var longest = 0;
        long activations = 0;
        foreach (var grain in _activations.Values)
        {
            var length = grain.QueueLength;
            queued += length;
            longest = Math.Max(longest, length);
            activations++;
        }
        return new RuntimeStatisticsSnapshot(Address.ToString(), StartedAt, activations, Statistics.ActivationsByType(),
            Statistics.Delivered, queued, longest, _pendingCalls.Count, Statistics.CallsByMethod());
    }

    /// <summary>How many activations of <paramref name="type"/> this silo holds right now (for tests and the dashboard).</summary>
    public int CountActivations(string type) => _activations.Keys.Count(id => id.Type.Name == type);

    /// <summary>The grains that have an activation on this silo right now and satisfy <paramref name="filter"/>.</summary>
    public IReadOnlyList<GrainId> ActiveGrains(Func<GrainId, bool> filter) => [.. _activations.Keys.Where(filter)];

    internal Grain? FindActivation(GrainId grain) => _activations.GetValueOrDefault(grain);

}
