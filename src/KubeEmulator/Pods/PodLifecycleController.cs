using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OrleansLife.KubeEmulator.Controllers;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Resources;
using OrleansLife.KubeEmulator.Storage;

namespace OrleansLife.KubeEmulator.Pods;

/// <summary>
/// Plays scheduler and kubelet for every pod, the way KWOK fakes a node: a new pod is bound to the fake node at once,
/// turns Running and Ready after <see cref="KubeEmulatorOptions.PodRunningDelay"/>, and once gracefully deleted is
/// removed after its grace period (capped by <see cref="KubeEmulatorOptions.MaxPodTerminationDelay"/>).
/// </summary>
internal sealed class PodLifecycleController(ResourceService service, TimeProvider time, KubeEmulatorOptions options, ILogger logger)
    : StoreController(service.Store, BuiltInResources.Pods.StorageKey, logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ITimer> _timers = new(StringComparer.Ordinal);
    private readonly PodAddresses _addresses = new();

    protected override void Handle(StoreEvent change)
    {
        var pod = change.Object;
        var uid = Meta.Uid(pod);
        if (change.Type == WatchEventType.Deleted)
        {
            CancelTimer(uid);
            CancelTimer(KillKey(uid));
            _addresses.Release(pod);
            return;
        }
        _addresses.Reserve(pod);
        if (Meta.IsDeleting(pod))
        {
            CancelTimer(uid);
            if ((Meta.DeletionGracePeriodSeconds(pod) ?? 0) > 0) ScheduleOnce(KillKey(uid), TerminationDelay(pod), () => Kill(pod));
            return;
        }
        if (string.IsNullOrEmpty(pod.GetObject("spec").GetString("nodeName"))) Bind(pod);
        if (pod.GetObject("status").GetString("phase") == "Pending") ScheduleOnce(uid, options.PodRunningDelay, () => Start(pod));
    }

    protected override void OnStopped()
    {
        lock (_gate)
        {
            foreach (var timer in _timers.Values) timer.Dispose();
            _timers.Clear();
        }
    }

    private void Bind(JsonObject pod) => service.Mutate(BuiltInResources.Pods, Meta.Namespace(pod), Meta.Name(pod), updated =>
    {
        if (Meta.Uid(updated) != Meta.Uid(pod) || !string.IsNullOrEmpty(updated.GetObject("spec").GetString("nodeName"))) return false;
        updated.GetOrAddObject("spec")["nodeName"] = options.NodeName;
        PodStatus.Scheduled(updated.GetOrAddObject("status"), service.Now);
        return true;
    });

    private void Start(JsonObject pod) => service.Mutate(BuiltInResources.Pods, Meta.Namespace(pod), Meta.Name(pod), updated =>
    {
        if (Meta.Uid(updated) != Meta.Uid(pod) || Meta.IsDeleting(updated) || updated.GetObject("status").GetString("phase") != "Pending") return false;
        PodStatus.Running(updated, _addresses.Allocate(updated), service.Now);
        return true;
    });

    private void Kill(JsonObject pod)
    {
        try
        {
            service.Delete(BuiltInResources.Pods, Meta.Namespace(pod), Meta.Name(pod), new DeleteOptions(GracePeriodSeconds: 0, PreconditionUid: Meta.Uid(pod)));
        }
        catch (ApiException)
        {
            // Already gone, or replaced by a new pod of the same name: nothing left to kill.
        }
    }

    private static string KillKey(string uid) => $"{uid}/kill";

    private TimeSpan TerminationDelay(JsonObject pod)
    {
        var due = Timestamps.Parse(Meta.DeletionTimestamp(pod)) ?? time.GetUtcNow();
        var remaining = due - time.GetUtcNow();
        if (remaining < TimeSpan.Zero) remaining = TimeSpan.Zero;
        return remaining < options.MaxPodTerminationDelay ? remaining : options.MaxPodTerminationDelay;
    }

    private void ScheduleOnce(string uid, TimeSpan delay, Action action)
    {
        lock (_gate)
        {
            if (_timers.ContainsKey(uid)) return;
            _timers[uid] = time.CreateTimer(_ =>
            {
                CancelTimer(uid);
                action();
            }, null, delay, Timeout.InfiniteTimeSpan);
        }
    }

    private void CancelTimer(string uid)
    {
        lock (_gate)
        {
            if (_timers.Remove(uid, out var timer)) timer.Dispose();
        }
    }
}
