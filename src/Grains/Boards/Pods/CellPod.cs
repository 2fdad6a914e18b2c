namespace OrleansLife.Grains.Boards.Pods;

/// <summary>A live cell's pod.</summary>
/// <param name="Name">The pod's name, <c>&lt;board&gt;-&lt;x&gt;-&lt;y&gt;</c>.</param>
/// <param name="Phase"><c>Pending</c>, <c>Running</c>, <c>Terminating</c>, or another pod phase.</param>
public sealed record CellPod(string Name, string Phase);
