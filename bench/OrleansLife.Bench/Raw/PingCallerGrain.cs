namespace OrleansLife.Bench.Raw;

/// <summary>Drives ping grains; its own key says nothing about its targets.</summary>
public sealed class PingCallerGrain : Grain, IPingCallerGrain
{
    public async Task CallAsync(long target, int calls)
    {
        var grain = GrainFactory.GetGrain<IPingGrain>(target);
        for (var call = 0; call < calls; call++) await grain.PingAsync();
    }

    public Task TellAsync(long first, int targets, int messages)
    {
        var grains = Enumerable.Range(0, targets).Select(i => GrainFactory.GetGrain<IPingGrain>(first + i)).ToArray();
        for (var message = 0; message < messages; message++) _ = grains[message % targets].TellAsync();
        return Task.CompletedTask;
    }
}
