using k8s.Models;

namespace OrleansLife.Operator.Events;

/// <summary>The keys client-go's event correlator groups events by, as strings.</summary>
internal static class EventKeys
{
    /// <summary>Source and involved object: what the spam filter rate-limits together.</summary>
    public static string Object(Corev1Event e) => Join(
        e.Source?.Component, e.Source?.Host, e.InvolvedObject.Kind, e.InvolvedObject.NamespaceProperty, e.InvolvedObject.Name,
        e.InvolvedObject.Uid, e.InvolvedObject.ApiVersion);

    /// <summary>Object, type and reason: events that differ only in message are similar, and may be combined.</summary>
    public static string Similar(Corev1Event e) => Join(Object(e), e.Type, e.Reason);

    /// <summary>Similar, and the same message: the very same event again, which bumps the count of the one recorded.</summary>
    public static string Same(Corev1Event e) => Join(Similar(e), e.Message);

    private static string Join(params string?[] parts) => string.Join('\0', parts);
}
