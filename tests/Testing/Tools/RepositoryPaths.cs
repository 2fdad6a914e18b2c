namespace OrleansLife.Testing.Tools;

/// <summary>Files of the repository the tests read, found by walking up from the test assembly.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string BoardCrd => Path.Combine(Root, "deploy", "crds", "boards.orleanslife.io.yaml");

    public static string ClusterMembershipCrd => Path.Combine(Root, "deploy", "crds", "clustermemberships.orleanslife.io.yaml");

    public static string Example(string name) => Path.Combine(Root, "deploy", "examples", $"{name}.yaml");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OrleansLife.sln"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException("The repository root (with OrleansLife.sln) is not above the test assembly.");
    }
}
