namespace OrleansLife.Bench.Raw;

/// <summary>Answers at once; counts one-way messages so that the sender knows when all have arrived.</summary>
public sealed class PingGrain(PingDelivery delivery) : Grain, IPingGrain
{
    public Task PingAsync() => Task.CompletedTask;

    public Task TellAsync()
    {
        delivery.Arrived();
        return Task.CompletedTask;
    }
}
