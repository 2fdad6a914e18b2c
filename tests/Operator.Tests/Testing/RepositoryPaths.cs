namespace OrleansLife.Operator.Tests.Testing;

/// <summary>Files of the repository the tests read, found from the test binaries' directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string BoardCrd => Path.Combine(Root, "deploy", "crds", "boards.orleanslife.io.yaml");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OrleansLife.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("OrleansLife.sln not found above the test binaries.");
    }
}
