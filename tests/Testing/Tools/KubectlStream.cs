using System.Diagnostics;

namespace OrleansLife.Testing.Tools;

/// <summary>A running kubectl whose standard output is read line by line; disposing it kills the process.</summary>
public sealed class KubectlStream(Process process) : IDisposable
{
    /// <summary>Reads lines until one satisfies <paramref name="match"/>, failing after the timeout (default 15 s).</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        try
        {
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(deadline.Token)
                    ?? throw new EndOfStreamException($"kubectl ended: {await process.StandardError.ReadToEndAsync()}");
                if (match(line)) return line.TrimEnd();
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException("kubectl printed no matching line in time.");
        }
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
