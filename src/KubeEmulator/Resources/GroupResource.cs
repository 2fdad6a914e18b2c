namespace OrleansLife.KubeEmulator.Resources;

/// <summary>A resource named by group and plural, printed the way error messages print it (<c>boards.orleanslife.io</c>).</summary>
internal readonly record struct GroupResource(string Group, string Resource)
{
    public override string ToString() => Group.Length == 0 ? Resource : $"{Resource}.{Group}";
}
