using System.Diagnostics;
using OrleansLife.KubeEmulator.Server;

namespace OrleansLife.KubeEmulator.Tests.Server;

/// <summary>
/// The standalone emulator as its own process, started as the README says (but on a free port), and stopped with
/// SIGTERM as Ctrl+C or <c>kill</c> would stop it, so it shuts down cleanly and saves its state.
/// </summary>
public sealed class StandaloneProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private StandaloneProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) => OnLine(line.Data);
        _process.ErrorDataReceived += (_, line) => OnLine(line.Data);
    }

    /// <summary>Everything the process printed so far, for failure messages.</summary>
    public string Output
    {
        get { lock (_output) return string.Join('\n', _output); }
    }

    /// <summary>Starts the emulator and completes once it has written its kubeconfig.</summary>
    public static async Task<StandaloneProcess> StartAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(typeof(StandaloneEmulatorExtensions).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Plain lines, so the kubeconfig line is found whatever the console's width.
        start.Environment["Logging__Console__FormatterName"] = "simple";
        var process = new StandaloneProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        var exited = process._process.WaitForExitAsync();
        var first = await Task.WhenAny(process._ready.Task, exited, Task.Delay(Patience));
        if (first != process._ready.Task)
        {
            await process.DisposeAsync();
            throw new InvalidOperationException($"The standalone emulator did not write its kubeconfig:\n{process.Output}");
        }
        return process;
    }

    /// <summary>Sends SIGTERM and waits for a clean exit; returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        using var deadline = new CancellationTokenSource(Patience);
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync(deadline.Token);
        }
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
        if (line.Contains("Kubeconfig for ", StringComparison.Ordinal)) _ready.TrySetResult();
    }
}
