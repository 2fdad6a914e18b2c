namespace OrleansLife.KubeEmulator.Access;

/// <summary>
/// A user the emulator issued a token to, and the verbs it may use on every resource: the admin <c>*</c>, as a
/// cluster-admin on a real cluster, a reader only <c>get</c>, <c>list</c> and <c>watch</c>, as the built-in <c>view</c> role.
/// </summary>
internal sealed record EmulatorUser(string Name, string Token, IReadOnlyList<string> Groups, IReadOnlyList<string> Verbs)
{
    public bool Allows(string? verb) => Verbs.Contains("*") || (verb is not null && Verbs.Contains(verb));

    /// <summary>Why an access review was allowed, in the place a real authorizer names the binding that allowed it.</summary>
    public string AllowedReason => Verbs.Contains("*")
        ? "the Kubernetes API emulator allows its admin user everything"
        : $"the Kubernetes API emulator allows {Name} to {string.Join(", ", Verbs)}";
}
