using OrleansLife.Grains.Boards.Pods;

namespace OrleansLife.Grains.Boards.Specs;

public static partial class BoardSpecs
{
    /// <summary>A lockstep generation waits this long for its pods when the spec does not say.</summary>
    public const int DefaultPodTimeoutMilliseconds = 10_000;

    /// <summary>The longest a generation may wait for its pods: ten minutes.</summary>
    public const int MaxPodTimeoutMilliseconds = 600_000;

    private static (PodPacing Pacing, int TimeoutMilliseconds) ReadPods(BoardSpec spec, SpecErrors errors)
    {
        var pacing = PodPacing.Follow;
        if (spec.Pacing is { } text)
        {
            var named = Enum.GetValues<PodPacing>().Where(p => string.Equals(text, p.ToString(), StringComparison.OrdinalIgnoreCase)).ToArray();
            if (named.Length == 1) pacing = named[0];
            else errors.Add(SpecFields.Pacing, $"Unknown pacing '{text}'; expected follow or lockstep.");
        }

        var timeout = spec.PodTimeoutMilliseconds ?? DefaultPodTimeoutMilliseconds;
        if (timeout is < 1 or > MaxPodTimeoutMilliseconds)
            errors.Add(SpecFields.PodTimeoutMilliseconds,
                $"The pod timeout must be from 1 to {MaxPodTimeoutMilliseconds} milliseconds; it is {timeout}.");

        if (spec.MaxPods is < 0)
            errors.Add(SpecFields.MaxPods, $"The board's pod cap must be 0 or more; it is {spec.MaxPods}.");
        return (pacing, timeout);
    }
}
