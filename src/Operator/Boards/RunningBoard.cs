namespace OrleansLife.Operator.Boards;

/// <summary>A board grain the controller started: for which object, and the spec generation whose pause it applied.</summary>
/// <param name="Uid">The Board object's uid.</param>
/// <param name="SpecGeneration">The object's <c>metadata.generation</c> last acted on; a status write does not change it.</param>
internal sealed record RunningBoard(string Uid, long? SpecGeneration);
