namespace OrleansLife.Runtime.Messaging;

/// <summary>
/// A message waiting in a mailbox: which method to run, and its arguments. Hot one-way methods carry their
/// arguments in the two integers so that sending them allocates nothing; everything else carries an object.
/// </summary>
internal readonly struct Envelope(GrainMethod method, object? body, long a, long b)
{
    public GrainMethod Method { get; } = method;

    /// <summary>The arguments object of a one-way method, or the <see cref="PendingCall"/> of a request.</summary>
    public object? Body { get; } = body;

    public long A { get; } = a;

    public long B { get; } = b;

    /// <summary>Tells a waiting caller that its request will never run.</summary>
    public void Fail(Exception error) => (Body as PendingCall)?.Fail(error);
}
