namespace OrleansLife.Operator.Boards;

/// <summary>A board grain the controller started: for which object, and how far that object's spec is in effect.</summary>
/// <param name="Uid">The Board object's uid.</param>
/// <param name="SpecGeneration">The object's <c>metadata.generation</c> last acted on; a status write does not change it.</param>
/// <param name="FixedSpec">What the board is (size, topology, rule, start state), which cannot change while it runs.</param>
/// <param name="SpecProblem">Why the newest spec is not (all) in effect; null when it is.</param>
/// <param name="Paused">The <c>spec.paused</c> last put into effect, to tell a pause from a resume.</param>
internal sealed record RunningBoard(string Uid, long? SpecGeneration, string FixedSpec, string? SpecProblem = null, bool Paused = false);
