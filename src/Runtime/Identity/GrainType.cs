namespace OrleansLife.Runtime.Identity;

/// <summary>
/// The name of a kind of grain ("cell", "board"). Names, not CLR types, identify grains so that ids stay meaningful
/// on the wire and across silos built from different assemblies.
/// </summary>
public readonly record struct GrainType
{
    public GrainType(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        // Interning lets equality take its reference-equality fast path on the message hot path.
        Name = string.Intern(name);
    }

    public string Name { get; }

    public override string ToString() => Name;
}
