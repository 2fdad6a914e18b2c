namespace OrleansLife.Api.Access;

/// <summary>
/// The Kubernetes verb each change to a board needs, as kubectl would need it on the Board object: creating a board
/// needs <c>create</c>, deleting one <c>delete</c>, and stepping, pausing and resuming (which change an existing Board)
/// <c>patch</c>, the verb of <c>kubectl apply</c>, <c>kubectl patch</c> and <c>kubectl edit</c>.
/// </summary>
public static class BoardVerbs
{
    public const string Create = "create";

    public const string Patch = "patch";

    public const string Delete = "delete";

    /// <summary>The authorization policy of a verb, as endpoints name it.</summary>
    public static string Policy(string verb) => $"boards:{verb}";

    public static IReadOnlyList<string> All { get; } = [Create, Patch, Delete];
}
