using OrleansLife.KubeEmulator.Errors;

namespace OrleansLife.KubeEmulator.CustomResources;

/// <summary>What checking an object against its structural schema found: invalid fields, and the unknown ones it pruned.</summary>
internal sealed record SchemaResult(List<FieldError> Errors, List<string> UnknownFields);
