using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace OrleansLife.Api.Tests.Support;

/// <summary>The silo executable hosted in memory, shared by every API test (one silo, boards with unique names).</summary>
public sealed class SiloFactory : WebApplicationFactory<Program>
{
    /// <summary>The wall time the silo sees, and so every board's createdAt.</summary>
    public static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary><see cref="Now"/> as the API writes it.</summary>
    public const string NowJson = "2025-01-01T12:00:00+00:00";

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));
}
