using Microsoft.Extensions.Logging;
using OrleansLife.KubeEmulator.Storage;

namespace OrleansLife.KubeEmulator.Persistence;

/// <summary>
/// Keeps the state file current: after a change it waits for the debounce interval, so a burst of writes costs one
/// file write, then saves a snapshot. Stopping saves whatever is still pending.
/// </summary>
internal sealed partial class PersistenceWriter(ObjectStore store, string path, TimeSpan debounce, TimeProvider time, ILogger logger) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _saving = new(1, 1);
    private ITimer? _timer;
    private bool _dirty;

    public void Start()
    {
        store.Changed += OnChanged;
        OnChanged();
    }

    public void Stop()
    {
        store.Changed -= OnChanged;
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
        Save();
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _saving.Dispose();
    }

    private void OnChanged()
    {
        lock (_gate)
        {
            _dirty = true;
            _timer ??= time.CreateTimer(_ => Flush(), null, debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
        Save();
    }

    private void Save()
    {
        _saving.Wait();
        try
        {
            lock (_gate)
            {
                if (!_dirty) return;
                _dirty = false;
            }
            StateFile.Save(path, store.Snapshot());
            LogSaved(logger, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogSaveFailed(logger, e, path);
        }
        finally
        {
            _saving.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Saved the emulator state to {Path}")]
    private static partial void LogSaved(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not save the emulator state to {Path}")]
    private static partial void LogSaveFailed(ILogger logger, Exception exception, string path);
}
