namespace OrleansLife.Grains.Boards.Pods;

/// <summary>Whether a board's generations wait for its pods.</summary>
[GenerateSerializer, Alias("PodPacing")]
public enum PodPacing
{
    /// <summary>Generations go at their own pace; the pods chase the newest and may skip some.</summary>
    Follow,

    /// <summary>The next generation waits until this one's pods exist (or are Running, if asked), up to a timeout.</summary>
    Lockstep,
}
