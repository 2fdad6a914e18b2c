namespace OrleansLife.Runtime.Messaging;

/// <summary>The argument or result of a method that takes or returns nothing.</summary>
public readonly record struct Unit
{
    public static readonly Unit Value;
}
