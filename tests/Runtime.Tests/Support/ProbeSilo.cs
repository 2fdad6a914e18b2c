using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrleansLife.Runtime.Hosting;
using OrleansLife.Runtime.Placement;
using OrleansLife.Runtime.References;
using OrleansLife.Runtime.Registry;
using OrleansLife.Runtime.Transport;
using OrleansLife.Testing;

namespace OrleansLife.Runtime.Tests.Support;

/// <summary>A silo hosting probe grains on a manual clock. Each test builds its own, so clocks never interfere.</summary>
public sealed class ProbeSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public ProbeSilo(Action<SiloRuntimeOptions>? configure = null, IGrainPlacement? placement = null, IMessageTransport? transport = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Journal);
        services.AddSingleton<TimeProvider>(Clock);
        if (placement is not null) services.AddSingleton(placement);
        if (transport is not null) services.AddSingleton(transport);
        services.AddGrainRuntime(Register, configure);
        _services = services.BuildServiceProvider();
        Runtime = _services.GetRequiredService<SiloRuntime>();
        Options = _services.GetRequiredService<IOptions<SiloRuntimeOptions>>().Value;
    }

    public ManualTimeProvider Clock { get; } = new();

    public ProbeJournal Journal { get; } = new();

    public SiloRuntime Runtime { get; }

    public SiloRuntimeOptions Options { get; }

    public IGrainFactory Grains => Runtime;

    public static void Register(GrainRegistry grains) => grains
        .Add<IProbeGrain, ProbeGrain>("probe", static (id, runtime) => new ProbeGrainReference(id, runtime),
            static services => new ProbeGrain(services.GetRequiredService<ProbeJournal>()), ProbeGrainReference.All)
        .Add<IConcurrentProbeGrain, ConcurrentProbeGrain>("concurrent-probe", static (id, runtime) => new ProbeGrainReference(id, runtime),
            static services => new ConcurrentProbeGrain(services.GetRequiredService<ProbeJournal>()), ProbeGrainReference.All);

    public async ValueTask DisposeAsync()
    {
        // Real time, not the manual clock: a test may leave a grain stuck in a turn on purpose.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await Runtime.StopAsync(patience.Token);
        await _services.DisposeAsync();
    }
}
