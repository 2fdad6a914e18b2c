using System.Diagnostics;

namespace OrleansLife.Grains.Cells;

/// <summary>
/// A cell's word on whether its next decision would change its state, stamped so that of several words from one cell in
/// one round, the latest can be told: its neighbours' changes reach a cell in no particular order, and only the state
/// it is left in after all of them decides whether it decides next. The low bit says it may change; the rest is a
/// timestamp that only grows within a silo.
/// </summary>
public static class Stamp
{
    private static long s_last;

    /// <summary>A new stamp, later than every stamp made on this silo before.</summary>
    public static long Make(bool mayChange)
    {
        var now = Stopwatch.GetTimestamp();
        long last, next;
        do
        {
            last = Volatile.Read(ref s_last);
            next = Math.Max(now, last + 1);
        }
        while (Interlocked.CompareExchange(ref s_last, next, last) != last);
        return next << 1 | (mayChange ? 1L : 0L);
    }

    public static bool MayChange(long stamp) => (stamp & 1) != 0;
}
