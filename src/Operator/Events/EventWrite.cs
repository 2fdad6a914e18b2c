using k8s.Models;

namespace OrleansLife.Operator.Events;

/// <summary>What to send for one recorded event: a new Event, or a patch of the count of one sent before.</summary>
/// <param name="Event">The event as it should stand on the server (its name, count and times included).</param>
/// <param name="IsRepeat">True when an Event of this name was created before: patch its count, last time and message.</param>
internal sealed record EventWrite(Corev1Event Event, bool IsRepeat);
