using OrleansLife.Testing.Tools;

namespace OrleansLife.Api.Tests.Support;

/// <summary>What the silo tests ask kubectl about boards and their pods.</summary>
internal static class KubectlBoards
{
    /// <summary>A board's pods as <c>name uid</c> lines, sorted: equal lists mean the very same pods.</summary>
    public static async Task<string[]> PodsWithUidsAsync(this Kubectl kubectl, string board)
    {
        var result = await kubectl.RunAsync("get", "pods", "-l", $"orleanslife.io/board={board}",
            "-o", """jsonpath={range .items[*]}{.metadata.name} {.metadata.uid}{"\n"}{end}""");
        result.ExitCode.ShouldBe(0, result.Stderr);
        return [.. result.Lines.Order(StringComparer.Ordinal)];
    }

    /// <summary><c>kubectl wait</c>, which watches until the condition holds (20 s at most, else the test fails).</summary>
    public static async Task WaitForAsync(this Kubectl kubectl, params string[] args)
    {
        var result = await kubectl.RunAsync(["wait", "--timeout=20s", .. args]);
        result.ExitCode.ShouldBe(0, result.Stderr);
    }
}
