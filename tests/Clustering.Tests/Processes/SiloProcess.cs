using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using OrleansLife.Testing.Tools;

namespace OrleansLife.Clustering.Tests.Processes;

/// <summary>
/// A silo started as a process of its own (<c>dotnet OrleansLife.Silo.dll …</c>, the build of this configuration), its
/// output kept for the failure message, and its HTTP API at hand. Disposing it kills it.
/// </summary>
public sealed class SiloProcess : IDisposable
{
    private const int KeptLines = 200;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private SiloProcess(Process process, int httpPort, int siloPort)
    {
        _process = process;
        HttpPort = httpPort;
        SiloPort = siloPort;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/"), Timeout = TimeSpan.FromSeconds(10) };
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int HttpPort { get; }

    public int SiloPort { get; }

    public HttpClient Http { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The silo's last lines of output, for a failure message.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>The built silo: <c>src/Silo/bin/&lt;configuration&gt;/net10.0/OrleansLife.Silo.dll</c>.</summary>
    public static string Binary { get; } = Path.Combine(RepositoryPaths.Root, "src", "Silo", "bin",
        typeof(SiloProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug", "net10.0", "OrleansLife.Silo.dll");

    public static SiloProcess Start(string workingDirectory, int httpPort, int siloPort, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Binary);
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{httpPort}");
        start.ArgumentList.Add($"--Cluster:SiloPort={siloPort}");
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The test's own settings (a kubeconfig, an environment) must not leak into the silo.
        start.Environment.Remove("KUBECONFIG");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return new SiloProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), httpPort, siloPort);
    }

    /// <summary>The statuses of the silos this silo's <c>/api/runtime</c> lists, or null while it does not answer.</summary>
    public async Task<IReadOnlyList<string>?> SiloStatusesAsync()
    {
        try
        {
            var runtime = await Http.GetFromJsonAsync<JsonElement>("api/runtime");
            return runtime.GetProperty("silos").EnumerateArray().Select(silo => silo.GetProperty("status").GetString()!).ToList();
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>How many silos this silo's <c>/api/runtime</c> lists as active; -1 while it does not answer.</summary>
    public async Task<int> CountActiveAsync() => (await SiloStatusesAsync())?.Count(status => status == "active") ?? -1;

    /// <summary>The silo's Orleans name, which it sends in its User-Agent and the Lease names it by: read from its own runtime view.</summary>
    public async Task<string> NameAsync()
    {
        var runtime = await Http.GetFromJsonAsync<JsonElement>("api/runtime");
        return runtime.GetProperty("silos").EnumerateArray()
            .Single(silo => silo.GetProperty("address").GetString()!.StartsWith($"S127.0.0.1:{SiloPort}:", StringComparison.Ordinal))
            .GetProperty("name").GetString()!;
    }

    /// <summary>Kills the process at once (SIGKILL), as a crash or an OOM kill would: no goodbye to the cluster.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        Http.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > KeptLines) _output.TryDequeue(out _);
    }
}
