using System.Text.Json;

namespace OrleansLife.Kubernetes.Client;

/// <summary>How to delete: grace period, dependent propagation, and preconditions that must hold.</summary>
public sealed record DeleteOptions
{
    /// <summary>Seconds the object gets to terminate; 0 deletes immediately; unset uses the object's default.</summary>
    public long? GracePeriodSeconds { get; init; }

    /// <summary>What happens to dependents; unset uses the resource's default.</summary>
    public PropagationPolicy? PropagationPolicy { get; init; }

    /// <summary>Delete only if the object still has this UID (guards against deleting a same-named successor).</summary>
    public string? PreconditionUid { get; init; }

    /// <summary>Delete only if the object still has this resource version.</summary>
    public string? PreconditionResourceVersion { get; init; }

    /// <summary>The request body, a <c>meta.k8s.io/v1 DeleteOptions</c>.</summary>
    internal byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", "DeleteOptions");
            writer.WriteString("apiVersion", "v1");
            if (GracePeriodSeconds is { } grace) writer.WriteNumber("gracePeriodSeconds", grace);
            if (PropagationPolicy is { } policy) writer.WriteString("propagationPolicy", policy.ToString());
            if (PreconditionUid is not null || PreconditionResourceVersion is not null)
            {
                writer.WriteStartObject("preconditions");
                if (PreconditionUid is not null) writer.WriteString("uid", PreconditionUid);
                if (PreconditionResourceVersion is not null) writer.WriteString("resourceVersion", PreconditionResourceVersion);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
