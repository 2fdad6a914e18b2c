namespace OrleansLife.Kubernetes.Configuration;

/// <summary>
/// A bearer token read from a file that is rotated underneath us (a projected service-account token, a kubeconfig
/// <c>tokenFile</c>). The file is re-read when its modification time changes, and at least every
/// <c>refreshInterval</c> (default one minute) in case an atomic symlink swap kept the old time.
/// </summary>
public sealed class FileTokenSource : IKubeTokenSource
{
    /// <summary>How often the file is re-read even when it looks unchanged: one minute.</summary>
    public static readonly TimeSpan DefaultRefreshInterval = TimeSpan.FromMinutes(1);

    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refreshInterval;
    private readonly Lock _lock = new();
    private string? _token;
    private DateTime _lastWrite;
    private DateTimeOffset _lastRead;

    /// <summary>Creates a source for the token in <paramref name="path"/>; the file is read on first use.</summary>
    public FileTokenSource(string path, TimeProvider? timeProvider = null, TimeSpan? refreshInterval = null)
    {
        _path = path;
        _time = timeProvider ?? TimeProvider.System;
        _refreshInterval = refreshInterval ?? DefaultRefreshInterval;
    }

    /// <summary>The file the token is read from.</summary>
    public string Path => _path;

    /// <inheritdoc />
    public string GetToken()
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var lastWrite = File.GetLastWriteTimeUtc(_path);
            if (_token is null || lastWrite != _lastWrite || now - _lastRead >= _refreshInterval)
            {
                _token = File.ReadAllText(_path).Trim();
                _lastWrite = lastWrite;
                _lastRead = now;
            }

            return _token;
        }
    }
}
