using System.Globalization;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;

namespace OrleansLife.KubeEmulator.Pods;

/// <summary>Hands out pod IPs from 10.244.0.0/16, the way a CNI plugin would, never giving out one a live pod holds.</summary>
internal sealed class PodAddresses
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private int _next;

    public void Reserve(JsonObject pod)
    {
        if (pod.GetObject("status").GetString("podIP") is not { Length: > 0 } ip) return;
        lock (_gate) _used.Add(ip);
    }

    public void Release(JsonObject pod)
    {
        if (pod.GetObject("status").GetString("podIP") is not { Length: > 0 } ip) return;
        lock (_gate) _used.Remove(ip);
    }

    public string Allocate(JsonObject pod)
    {
        if (pod.GetObject("status").GetString("podIP") is { Length: > 0 } existing) return existing;
        lock (_gate)
        {
            for (var attempts = 0; attempts < 65534; attempts++)
            {
                var index = _next++ % 65534;
                var ip = string.Create(CultureInfo.InvariantCulture, $"10.244.{(index + 1) / 256}.{(index + 1) % 256}");
                if (ip.EndsWith(".0", StringComparison.Ordinal) || !_used.Add(ip)) continue;
                return ip;
            }
            throw new InvalidOperationException("The pod network 10.244.0.0/16 is exhausted.");
        }
    }
}
