using Microsoft.Extensions.Logging;
using OrleansLife.KubeEmulator.Storage;

namespace OrleansLife.KubeEmulator.Controllers;

/// <summary>
/// An emulated control-plane component: it sees the current state as ADDED and then every change, in order, as an
/// informer would, and reacts to each one. A failure on one event is logged and does not stop the loop.
/// </summary>
internal abstract partial class StoreController(ObjectStore store, string? resource, ILogger logger) : IDisposable
{
    private CancellationTokenSource? _stopping;
    private Task? _loop;

    public void Start()
    {
        _stopping = new CancellationTokenSource();
        var subscription = store.Subscribe(resource, null, WatchStart.CurrentState, droppable: false);
        _loop = Task.Run(() => RunAsync(subscription, _stopping.Token));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_stopping is null || _loop is null) return;
        await _stopping.CancelAsync();
        await _loop.WaitAsync(cancellationToken);
        OnStopped();
    }

    public void Dispose()
    {
        _stopping?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract void Handle(StoreEvent change);

    protected virtual void OnStopped()
    {
    }

    private async Task RunAsync(StoreSubscription subscription, CancellationToken cancellationToken)
    {
        using (subscription)
        {
            foreach (var change in subscription.Initial) SafeHandle(change);
            try
            {
                await foreach (var change in subscription.Events.ReadAllAsync(cancellationToken)) SafeHandle(change);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // StopAsync ended the loop; the state lives on in the store, so nothing is lost.
            }
        }
    }

    private void SafeHandle(StoreEvent change)
    {
        try
        {
            Handle(change);
        }
        catch (Exception e)
        {
            LogHandlerFailed(logger, e, GetType().Name, change.Type, change.Resource);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Controller} failed to handle {Type} of {Resource}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string controller, WatchEventType type, string resource);
}
