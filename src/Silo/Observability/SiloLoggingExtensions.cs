using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace OrleansLife.Silo.Observability;

/// <summary>
/// How the silo's console log reads, chosen with <c>--log-format text|json</c> (configuration key <c>Logging:Format</c>):
/// one line of text per message (the default), or one JSON object per line with every scope, the silo's name first.
/// </summary>
public static class SiloLoggingExtensions
{
    /// <summary>The configuration key of the log format.</summary>
    public const string FormatKey = "Logging:Format";

    /// <summary>The format value that turns JSON logs on.</summary>
    public const string Json = "json";

    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal) { ["--log-format"] = FormatKey };

    public static WebApplicationBuilder AddSiloLogging(this WebApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddCommandLine(args, Switches);
        if (!string.Equals(builder.Configuration[FormatKey], Json, StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss ";
            });
            return builder;
        }

        builder.Logging.AddJsonConsole(console =>
        {
            console.IncludeScopes = true;
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        // The console provider, wrapped so that every line carries the silo's name as its first scope.
        var services = builder.Services;
        foreach (var console in services.Where(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList())
            services.Remove(console);
        services.AddSingleton<ILoggerProvider>(provider => new SiloScopedLoggerProvider(
            new ConsoleLoggerProvider(provider.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>(), provider.GetServices<ConsoleFormatter>()),
            new SiloScope(provider.GetService<IOptions<SiloOptions>>()?.Value.SiloName ?? Environment.MachineName)));
        return builder;
    }
}
