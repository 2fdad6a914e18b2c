using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrleansLife.KubeEmulator.Access;
using OrleansLife.KubeEmulator.Auditing;
using OrleansLife.KubeEmulator.Controllers;
using OrleansLife.KubeEmulator.Discovery;
using OrleansLife.KubeEmulator.Faults;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.KubeEmulator.Http;
using OrleansLife.KubeEmulator.Kubeconfig;
using OrleansLife.KubeEmulator.OpenApi;
using OrleansLife.KubeEmulator.Persistence;
using OrleansLife.KubeEmulator.Resources;
using OrleansLife.KubeEmulator.Storage;

namespace OrleansLife.KubeEmulator;

/// <summary>
/// An in-process Kubernetes API server on loopback, for running without a cluster: it serves namespaces, pods, leases,
/// CustomResourceDefinitions and their custom resources with the real server's semantics, plays a KWOK-like node for
/// pods, and writes a kubeconfig so the real kubectl can be pointed at it.
/// </summary>
public sealed partial class KubeApiEmulator : IAsyncDisposable
{
    private readonly KubeEmulatorOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly ObjectStore _store;
    private readonly ResourceService _service;
    private readonly EmulatorUsers _users = new();
    private readonly List<StoreController> _controllers = [];
    private PersistenceWriter? _persistence;
    private WebApplication? _app;
    private Uri? _baseAddress;

    /// <summary>Creates a stopped emulator; <see cref="StartAsync"/> opens the port.</summary>
    public KubeApiEmulator(KubeEmulatorOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger<KubeApiEmulator>();
        _store = new ObjectStore(options.WatchHistorySize);
        _service = new ResourceService(_store, new ResourceRegistry(_store), _time, options);
        Faults = new FaultInjector(options.Faults, _time, _store);
    }

    /// <summary>The emulator's address, such as <c>http://127.0.0.1:41234/</c>; available once started.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The emulator has not been started.");

    /// <summary>The token of the emulator's admin, allowed everything: the written kubeconfig's current user presents it.</summary>
    public string AdminToken => _users.Admin.Token;

    /// <summary>
    /// The token of the emulator's read-only user, allowed get, list and watch: the written kubeconfig's
    /// <c>orleanslife-reader</c> context presents it.
    /// </summary>
    public string ReaderToken => _users.Reader.Token;

    /// <summary>Controls for injecting faults at run time.</summary>
    public FaultInjector Faults { get; }

    /// <summary>
    /// Raised as each request is answered, with what an API server's audit log would record of it; for tests that must
    /// know which client wrote what. Handlers run on the request's thread and must be quick.
    /// </summary>
    public event Action<AuditEvent>? Audited;

    /// <summary>Restores or seeds the state, starts the emulated controllers, and starts listening.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_app is not null) throw new InvalidOperationException("The emulator is already started.");
        var validation = new KubeEmulatorOptionsValidator().Validate(null, _options);
        if (validation.Failed) throw new OptionsValidationException(nameof(KubeEmulatorOptions), typeof(KubeEmulatorOptions), validation.Failures);
        await InitializeStateAsync(cancellationToken);
        StartBackgroundWork();
        // An empty builder reads no appsettings.json or ASPNETCORE_ variables: the host's own Kestrel settings must not
        // leak into the emulator's listener.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(_loggerFactory);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, _options.Port));
        var app = builder.Build();
        var dispatcher = new ApiDispatcher(
            new ResourceHandler(_service, _time, _options),
            new AccessReviewHandler(_users),
            new DiscoveryDocuments(_service.Registry),
            new OpenApiDocuments(_service.Registry),
            new OpenApiV2Document(_service.Registry),
            Faults,
            request => Audited?.Invoke(request),
            _logger);
        app.Run(dispatcher.HandleAsync);
        await app.StartAsync(cancellationToken);
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _baseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
        LogStarted(_logger, _baseAddress);
    }

    /// <summary>Stops listening and stops the emulated controllers; the state is flushed to the persistence file, if any.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var app = _app;
        _app = null;
        if (app is null) return;
        await app.StopAsync(cancellationToken);
        await app.DisposeAsync();
        await StopBackgroundWorkAsync(cancellationToken);
    }

    /// <summary>
    /// Writes a kubeconfig whose current context targets this emulator and <paramref name="namespace"/> as its admin, and
    /// whose <c>orleanslife-reader</c> context does as its read-only user, creating the namespace if needed.
    /// </summary>
    public async Task WriteKubeconfigAsync(string path, string @namespace = "default", CancellationToken cancellationToken = default)
    {
        EnsureNamespace(@namespace);
        await KubeconfigWriter.WriteAsync(path, BaseAddress, @namespace, _users, cancellationToken);
    }

    /// <summary>Stops the emulator.</summary>
    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);

    [LoggerMessage(Level = LogLevel.Information, Message = "Kubernetes API emulator listening on {Address}")]
    private static partial void LogStarted(ILogger logger, Uri address);
}
