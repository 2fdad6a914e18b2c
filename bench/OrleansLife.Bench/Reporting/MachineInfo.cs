using System.Runtime.InteropServices;

namespace OrleansLife.Bench.Reporting;

/// <summary>The machine a run was measured on, printed with the results so that figures are never quoted without it.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, " +
            $"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, load average {LoadAverage()}";
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
