namespace OrleansLife.Runtime.Activations;

// The compact mailbox's lock: four bytes and a compare-and-swap. A Monitor would do, but a Monitor that has once
// been contended inflates into a sync block for good, making every later lock on that cell slow and bigger; the
// sections it guards are a few instructions long, which is exactly what a spin lock is for.
public abstract partial class Grain
{
    private int _mailboxLock;

    private void EnterMailbox()
    {
        if (Interlocked.CompareExchange(ref _mailboxLock, 1, 0) != 0) EnterMailboxContended();
    }

    private void EnterMailboxContended()
    {
        var spinner = new SpinWait();
        while (Volatile.Read(ref _mailboxLock) != 0 || Interlocked.CompareExchange(ref _mailboxLock, 1, 0) != 0)
            spinner.SpinOnce(sleep1Threshold: -1); // yield rather than sleep: the holder needs microseconds, not a millisecond
    }

    private void ExitMailbox() => Volatile.Write(ref _mailboxLock, 0);
}
