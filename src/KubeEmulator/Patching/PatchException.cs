namespace OrleansLife.KubeEmulator.Patching;

/// <summary>A patch that does not apply to the object, such as a failed JSON Patch <c>test</c> or a missing path.</summary>
internal sealed class PatchException(string message) : Exception(message);
