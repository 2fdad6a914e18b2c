using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.CustomResources;

/// <summary>
/// The custom resource strategy: generation counts spec changes. Schema pruning and validation happen in the write
/// path, which knows the request's fieldValidation directive.
/// </summary>
internal sealed class CustomResourceBehavior : ResourceBehavior
{
    public static readonly CustomResourceBehavior Instance = new();

    public override bool TracksGeneration => true;
}
