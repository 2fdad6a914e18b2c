using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Errors;

namespace OrleansLife.KubeEmulator.Resources;

/// <summary>
/// A resource's strategy, after the API server's <c>RESTCreateStrategy</c>/<c>RESTUpdateStrategy</c>: the defaults it
/// fills in, the fields it owns, and what it rejects. The base class accepts any DNS-1123 subdomain name.
/// </summary>
internal class ResourceBehavior
{
    public static readonly ResourceBehavior Default = new();

    /// <summary>Namespaces must be DNS-1123 labels; most other objects may be subdomains.</summary>
    public virtual bool NameIsLabel => false;

    /// <summary>Whether <c>metadata.generation</c> counts changes to everything but metadata and status.</summary>
    public virtual bool TracksGeneration => false;

    /// <summary>Whether a PUT to a missing object creates it.</summary>
    public virtual bool AllowCreateOnUpdate => false;

    /// <summary>Whether DELETE answers with the deleted object rather than a Success Status.</summary>
    public virtual bool ReturnsDeletedObject => false;

    public virtual void PrepareForCreate(JsonObject obj, ResourceContext context)
    {
    }

    public virtual void Validate(JsonObject obj, List<FieldError> errors)
    {
    }

    public virtual void PrepareForUpdate(JsonObject updated, JsonObject current, ResourceContext context)
    {
    }

    public virtual void ValidateUpdate(JsonObject updated, JsonObject current, List<FieldError> errors) => Validate(updated, errors);

    /// <summary>The grace period a DELETE without one gets; null for objects that are removed at once.</summary>
    public virtual long? DefaultGracePeriodSeconds(JsonObject obj) => null;

    /// <summary>The grace period a DELETE really gets, given the one it asked for (a pod never scheduled has none).</summary>
    public virtual long EffectiveGracePeriodSeconds(JsonObject obj, long requested) => requested;

    /// <summary>Whether DELETE only marks the object, leaving its removal to a controller (namespaces).</summary>
    public virtual bool DefersDeletion => false;

    /// <summary>Marks an object whose deletion has begun, beyond setting its deletionTimestamp.</summary>
    public virtual void PrepareForDeletion(JsonObject obj)
    {
    }

    /// <summary>Whether a deleting object with no finalizers left may now be removed from storage.</summary>
    public virtual bool CanBeRemoved(JsonObject obj) => true;
}
