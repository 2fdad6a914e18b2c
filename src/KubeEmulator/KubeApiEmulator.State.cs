using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.GarbageCollection;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Namespaces;
using OrleansLife.KubeEmulator.Nodes;
using OrleansLife.KubeEmulator.Persistence;
using OrleansLife.KubeEmulator.Pods;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator;

public sealed partial class KubeApiEmulator
{
    private static readonly string[] SystemNamespaces = ["default", "kube-system", "kube-public", "kube-node-lease"];

    private FileStream? _stateLock;

    private async Task InitializeStateAsync(CancellationToken cancellationToken)
    {
        if (_options.PersistencePath is { Length: > 0 } statePath) await LockStateAsync(statePath, cancellationToken).ConfigureAwait(false);
        if (_options.PersistencePath is { Length: > 0 } path && StateFile.Load(path) is { } snapshot) _store.Restore(snapshot);
        foreach (var ns in SystemNamespaces.Concat(_options.Namespaces)) EnsureNamespace(ns);
        if (_store.Get(BuiltInResources.Nodes.StorageKey, "", _options.NodeName) is null)
        {
            _service.Create(BuiltInResources.Nodes, "", FakeNode.Create(_options.NodeName, _service.Now), WriteOptions.Default);
        }
        if (_store.Get(BuiltInResources.Leases.StorageKey, "kube-node-lease", _options.NodeName) is null)
        {
            _service.Create(BuiltInResources.Leases, "kube-node-lease", FakeNode.Lease(_options.NodeName, _service.Now), WriteOptions.Default);
        }
        foreach (var file in _options.CustomResourceDefinitionFiles)
        {
            var yaml = await File.ReadAllTextAsync(file, cancellationToken);
            foreach (var document in YamlJson.ParseAll(yaml).OfType<JsonObject>()) InstallCustomResourceDefinition(document);
        }
    }

    private void StartBackgroundWork()
    {
        _controllers.Add(new PodLifecycleController(_service, _time, _options, _logger));
        _controllers.Add(new GarbageCollector(_service, _logger));
        _controllers.Add(new NamespaceController(_service, _logger));
        foreach (var controller in _controllers) controller.Start();
        if (_options.PersistencePath is { Length: > 0 } path)
        {
            _persistence = new PersistenceWriter(_store, path, _options.PersistenceDebounce, _time, _logger);
            _persistence.Start();
        }
    }

    private async Task StopBackgroundWorkAsync(CancellationToken cancellationToken)
    {
        foreach (var controller in _controllers)
        {
            await controller.StopAsync(cancellationToken);
            controller.Dispose();
        }
        _controllers.Clear();
        _persistence?.Stop();
        _persistence?.Dispose();
        _persistence = null;
        _stateLock?.Dispose();
        _stateLock = null;
    }

    /// <summary>
    /// Holds <c>{state}.lock</c> while running, so that a second emulator on the same state file (a standalone one and a
    /// silo's embedded one started in the same directory) fails at start instead of both overwriting the file.
    /// </summary>
    /// <remarks>
    /// An emulator replacing one in the same process or directory (a silo restarting) may find the lock still held for
    /// a moment while the one before finishes stopping: it tries again for <see cref="StateLockPatience"/> before failing.
    /// No event says a file lock was released, so this polls.
    /// </remarks>
    private async Task LockStateAsync(string path, CancellationToken cancellationToken)
    {
        var lockPath = path + ".lock";
        var directory = Path.GetDirectoryName(Path.GetFullPath(lockPath));
        if (directory is not null) Directory.CreateDirectory(directory);
        var deadline = DateTime.UtcNow + StateLockPatience;
        while (true)
        {
            try
            {
                _stateLock = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                return;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException held)
            {
                throw new InvalidOperationException(
                    $"Another Kubernetes API emulator keeps its state in {Path.GetFullPath(path)} (it holds {lockPath}): stop it, use it, or give this one another state file.",
                    held);
            }
        }
    }

    /// <summary>How long a starting emulator waits for the state lock of one that is stopping.</summary>
    private static readonly TimeSpan StateLockPatience = TimeSpan.FromSeconds(5);

    private void EnsureNamespace(string name)
    {
        if (_store.Get(BuiltInResources.Namespaces.StorageKey, "", name) is not null) return;
        _service.Create(BuiltInResources.Namespaces, "", new JsonObject { ["metadata"] = new JsonObject { ["name"] = name } }, WriteOptions.Default);
    }

    /// <summary>Creates the CRD, or replaces its spec when one of that name exists, as <c>kubectl apply</c> would.</summary>
    private void InstallCustomResourceDefinition(JsonObject crd)
    {
        var type = BuiltInResources.CustomResourceDefinitions;
        var name = crd.GetObject("metadata").GetString("name") ?? "";
        if (_store.Get(type.StorageKey, "", name) is null) _service.Create(type, "", crd, WriteOptions.Default);
        else _service.Update(type, "", name, crd, statusOnly: false, WriteOptions.Default);
    }
}
