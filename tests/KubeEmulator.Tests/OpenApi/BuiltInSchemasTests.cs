using OrleansLife.KubeEmulator.Tests.Testing;
using OrleansLife.Testing.Tools;

namespace OrleansLife.KubeEmulator.Tests.OpenApi;

/// <summary>The built-in schemas the emulator ships are exactly what the official client's models describe.</summary>
public sealed class BuiltInSchemasTests
{
    private static string ShippedPath => Path.Combine(RepositoryPaths.Root, "src", "KubeEmulator", "OpenApi", "BuiltInSchemas.json");

    [Fact]
    public void ShippedSchemas_AreTheGeneratedOnes()
    {
        var generated = new BuiltInSchemaGenerator().Generate().Raw() + "\n";
        // UPDATE_BUILTIN_SCHEMAS=1 dotnet test --filter BuiltInSchemasTests rewrites the shipped file.
        if (Environment.GetEnvironmentVariable("UPDATE_BUILTIN_SCHEMAS") == "1") File.WriteAllText(ShippedPath, generated);

        File.ReadAllText(ShippedPath).ShouldBe(generated);
    }
}
