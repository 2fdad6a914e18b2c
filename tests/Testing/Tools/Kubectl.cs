using System.Diagnostics;
using System.Text;

namespace OrleansLife.Testing.Tools;

/// <summary>
/// Runs the real <c>kubectl</c> from PATH against an emulator, with its own discovery cache (and, unless given one, its
/// own kubeconfig) in a temp directory so runs never share state.
/// </summary>
/// <param name="kubeconfigPath">The kubeconfig to use, such as the one a silo wrote; null for one in the temp directory.</param>
public sealed class Kubectl(string? kubeconfigPath = null) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kubectl-").FullName;

    public string KubeconfigPath => kubeconfigPath ?? Path.Combine(_directory, "kubeconfig");

    public Task<KubectlResult> RunAsync(params string[] args) => RunCoreAsync(null, args);

    /// <summary>Runs kubectl with <paramref name="stdin"/> as its standard input, as for <c>apply -f -</c>.</summary>
    public Task<KubectlResult> RunWithInputAsync(string stdin, params string[] args) => RunCoreAsync(stdin, args);

    private async Task<KubectlResult> RunCoreAsync(string? stdin, string[] args)
    {
        using var process = Start(args, stdin is not null);
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kubectl {string.Join(' ', args)} did not finish in 30 s");
        }
        return new KubectlResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts a long-running kubectl (such as <c>get --watch</c>) whose output lines the test reads as they come.</summary>
    public KubectlStream Stream(params string[] args) => new(Start(args, redirectInput: false));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A kubectl still shutting down may hold a cache file; the temp directory is cleaned up eventually.
        }
    }

    private Process Start(string[] args, bool redirectInput)
    {
        var start = new ProcessStartInfo("kubectl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.ArgumentList.Add($"--kubeconfig={KubeconfigPath}");
        start.ArgumentList.Add($"--cache-dir={Path.Combine(_directory, "cache")}");
        start.Environment["HOME"] = _directory;
        start.Environment.Remove("KUBECONFIG");
        return Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start; is it on PATH?");
    }
}
