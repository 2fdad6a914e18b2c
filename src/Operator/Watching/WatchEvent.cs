using k8s;

namespace OrleansLife.Operator.Watching;

/// <summary>One change an informer applied to its cache: an object added, modified or deleted.</summary>
/// <typeparam name="T">The object type.</typeparam>
/// <param name="Type">What happened.</param>
/// <param name="Object">The object after the change (for a deletion, its last state).</param>
public sealed record WatchEvent<T>(WatchEventType Type, T Object);
