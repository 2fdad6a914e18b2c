using System.Diagnostics;
using OrleansLife.KubeEmulator;

namespace OrleansLife.Operator.Tests.Testing;

/// <summary>Runs the real <c>kubectl</c> from PATH against an emulator, with a kubeconfig and cache of its own.</summary>
internal static class Kubectl
{
    public static async Task<string[]> RunAsync(KubeApiEmulator emulator, string @namespace, params string[] args)
    {
        var directory = Directory.CreateTempSubdirectory("kubectl-").FullName;
        try
        {
            var kubeconfig = Path.Combine(directory, "kubeconfig");
            await emulator.WriteKubeconfigAsync(kubeconfig, @namespace);
            var start = new ProcessStartInfo("kubectl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            start.ArgumentList.Add($"--kubeconfig={kubeconfig}");
            start.ArgumentList.Add($"--cache-dir={Path.Combine(directory, "cache")}");
            start.Environment["HOME"] = directory;
            start.Environment.Remove("KUBECONFIG");
            using var process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start; is it on PATH?");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TestTimeouts.Wait);
            (await stderr).ShouldBeEmpty();
            return (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
