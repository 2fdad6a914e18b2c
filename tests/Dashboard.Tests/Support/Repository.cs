namespace OrleansLife.Dashboard.Tests.Support;

/// <summary>Where the repository is, found from the test assembly's folder, for test artifacts under TestResults.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "OrleansLife.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No OrleansLife.sln above {AppContext.BaseDirectory}.");
    }
}
