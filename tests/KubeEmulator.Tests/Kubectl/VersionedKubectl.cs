using System.Diagnostics;
using System.Text;
using OrleansLife.Testing.Tools;

namespace OrleansLife.KubeEmulator.Tests.Kubectl;

/// <summary>
/// One of the kubectl releases installed beside the default one (<c>kubectl.1.27</c> … <c>kubectl.1.33</c>, next to
/// wherever <c>kubectl</c> on PATH really lives), run with its own kubeconfig and cache as the shared tool runs kubectl.
/// </summary>
public sealed class VersionedKubectl(string version, string kubeconfigPath) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory($"kubectl-{version}-").FullName;

    /// <summary>The versions the tests cover, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Versions => ["1.27", "1.28", "1.29", "1.30", "1.31", "1.32", "1.33"];

    public static string PathOf(string version)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(directory => Path.Combine(directory, "kubectl"))
            .First(File.Exists);
        var real = new FileInfo(onPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? onPath;
        foreach (var directory in new[] { Path.GetDirectoryName(onPath)!, Path.GetDirectoryName(real)! })
        {
            var candidate = Path.Combine(directory, $"kubectl.{version}");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"kubectl.{version} is not installed next to {onPath} or {real}");
    }

    public async Task<KubectlResult> RunAsync(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo(PathOf(version))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.ArgumentList.Add($"--kubeconfig={kubeconfigPath}");
        start.ArgumentList.Add($"--cache-dir={Path.Combine(_directory, "cache")}");
        start.Environment["HOME"] = _directory;
        start.Environment.Remove("KUBECONFIG");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"kubectl.{version} did not start");
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(deadline.Token);
        return new KubectlResult(process.ExitCode, await stdout, await stderr);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
