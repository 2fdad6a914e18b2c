namespace OrleansLife.Clustering.Tests.Processes;

/// <summary>A pod write the API emulator answered with success, and the User-Agent of its sender, which names the silo.</summary>
public sealed record PodWrite(string Method, string Path, string UserAgent)
{
    /// <summary>Whether the silo named <paramref name="silo"/> sent it (a silo's User-Agent ends with its name in brackets).</summary>
    public bool SentBy(string silo) => UserAgent.EndsWith($"({silo})", StringComparison.Ordinal);
}
