namespace OrleansLife.Operator.Watching;

/// <summary>One page of a list, as an informer needs it.</summary>
/// <param name="Items">The objects.</param>
/// <param name="ResourceVersion">The version the list was taken at, to watch from.</param>
/// <param name="Continue">The token of the next page; null or empty on the last.</param>
public sealed record InformerPage<T>(IList<T> Items, string? ResourceVersion, string? Continue);
