namespace OrleansLife.Api.Access;

/// <summary>A verb on <c>boards.orleanslife.io</c> in a namespace, on one board or (for create) on none in particular.</summary>
/// <param name="Verb">The Kubernetes verb: <see cref="BoardVerbs.Create"/>, <see cref="BoardVerbs.Patch"/> or <see cref="BoardVerbs.Delete"/>.</param>
/// <param name="Namespace">The namespace the boards live in.</param>
/// <param name="Name">The board's name; null for create, which RBAC cannot restrict by name.</param>
public sealed record BoardPermission(string Verb, string Namespace, string? Name)
{
    /// <summary>The API group of the Board resource.</summary>
    public const string Group = "orleanslife.io";

    /// <summary>The Board resource, as RBAC rules name it.</summary>
    public const string Resource = "boards";

    public override string ToString() =>
        $"{Verb} {Resource}.{Group}{(Name is null ? "" : $" \"{Name}\"")} in namespace \"{Namespace}\"";
}
