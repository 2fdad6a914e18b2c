using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OrleansLife.KubeEmulator;

namespace OrleansLife.Api.Tests.Support;

/// <summary>
/// The silo executable hosted in memory, shared by every API test (one silo, boards with unique names), with its
/// default Kubernetes: the embedded emulator, kept in memory, its kubeconfig in a directory of its own.
/// </summary>
public class SiloFactory : WebApplicationFactory<Program>
{
    /// <summary>The wall time the silo sees, and so every board's createdAt.</summary>
    public static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary><see cref="Now"/> as the API writes it.</summary>
    public const string NowJson = "2025-01-01T12:00:00+00:00";

    /// <summary>The kubeconfig the silo's emulator writes, for kubectl.</summary>
    public string KubeconfigPath { get; } = Path.Combine(Path.GetTempPath(), "orleanslife-tests-" + Guid.NewGuid().ToString("N"), "kubeconfig");

    /// <summary>The emulator's admin token, allowed everything.</summary>
    public string AdminToken => Services.GetRequiredService<KubeApiEmulator>().AdminToken;

    /// <summary>The emulator's reader token, allowed get, list and watch only.</summary>
    public string ReaderToken => Services.GetRequiredService<KubeApiEmulator>().ReaderToken;

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
        .UseSetting("Kubernetes:Mode", "emulator")
        .UseSetting("KubeEmulator:PersistencePath", "")
        .UseSetting("KubeEmulator:KubeconfigPath", KubeconfigPath)
        .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Path.GetDirectoryName(KubeconfigPath))) Directory.Delete(Path.GetDirectoryName(KubeconfigPath)!, recursive: true);
    }
}
