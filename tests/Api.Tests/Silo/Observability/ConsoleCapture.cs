using System.Collections.Concurrent;
using System.Text;

namespace OrleansLife.Api.Tests.Silo.Observability;

/// <summary>What a host built while it was <see cref="Console.Out"/> writes to the console, line by line, with waits for a line.</summary>
internal sealed class ConsoleCapture : TextWriter
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _partial = new();
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentDictionary<TaskCompletionSource<string>, Func<string, bool>> _waiters = new();

    public override Encoding Encoding => Encoding.UTF8;

    public IReadOnlyCollection<string> Lines => _lines;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        List<string> complete = [];
        lock (_gate)
        {
            foreach (var c in value ?? "")
            {
                if (c == '\n')
                {
                    complete.Add(_partial.ToString().TrimEnd('\r'));
                    _partial.Clear();
                }
                else _partial.Append(c);
            }
        }

        foreach (var line in complete)
        {
            _lines.Enqueue(line);
            foreach (var (waiter, match) in _waiters)
            {
                if (match(line) && waiter.TrySetResult(line)) _waiters.TryRemove(waiter, out _);
            }
        }
    }

    /// <summary>The first line matching <paramref name="match"/>, once written; fails after <paramref name="timeout"/>.</summary>
    public Task<string> WhenLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var written = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters[written] = match;
        if (_lines.FirstOrDefault(match) is { } line) written.TrySetResult(line);
        return written.Task.WaitAsync(timeout);
    }
}
