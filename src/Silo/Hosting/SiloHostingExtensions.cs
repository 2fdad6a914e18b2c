using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace OrleansLife.Silo.Hosting;

/// <summary>How the silo runs as a process: where its settings are and where it listens (its log: <c>SiloLoggingExtensions</c>).</summary>
public static class SiloHostingExtensions
{
    /// <summary>Where the silo listens when neither <c>--urls</c> nor ASPNETCORE_URLS (nor their port-only forms) says.</summary>
    public const string DefaultUrl = "http://localhost:8080";

    public static WebApplicationBuilder AddSiloHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        // dotnet run starts the silo in the caller's directory (so that .orleanslife/ is where the README says), but its
        // settings ship beside the binary: read them from there, below every other source.
        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "appsettings.json",
            Optional = true,
        });
        var configured = !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured) builder.WebHost.UseUrls(DefaultUrl);

        builder.Services.AddHostedService<ListeningLog>();
        return builder;
    }
}
