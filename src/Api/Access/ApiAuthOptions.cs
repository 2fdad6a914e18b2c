namespace OrleansLife.Api.Access;

/// <summary>How the API checks who may change boards, bound from the <c>Api:Auth</c> configuration section.</summary>
public sealed class ApiAuthOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Api:Auth";

    /// <summary>
    /// Whether a caller on loopback must send a token too. Default false: with the embedded emulator, a caller on this
    /// machine without a token acts as the emulator's admin, as kubectl does with the kubeconfig the emulator wrote. A
    /// token, when sent, is always checked; against a real cluster every change needs one whatever this says.
    /// </summary>
    public bool EnforceOnLoopback { get; set; }

    /// <summary>
    /// How long the answers of a token review and of an access review are reused, so that a burst of changes does not
    /// become a burst of reviews. Default 10 seconds; zero asks every time. A revoked token or role binding keeps working
    /// for up to this long.
    /// </summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest <see cref="CacheDuration"/> allowed: 5 minutes, so that a revocation is obeyed soon enough.</summary>
    public static readonly TimeSpan MaxCacheDuration = TimeSpan.FromMinutes(5);
}
