using System.Globalization;
using System.Xml.Linq;
using OrleansLife.Testing.Tools;

namespace OrleansLife.Api.Tests.Deploy;

/// <summary>The container image settings of src/Silo/OrleansLife.Silo.csproj, which <c>dotnet publish -t:PublishContainer</c> builds from.</summary>
internal static class ContainerImage
{
    private static readonly XDocument Project = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "Silo", "OrleansLife.Silo.csproj"));

    public static string Repository => Property("ContainerRepository");

    public static string Tag => Property("ContainerImageTag");

    public static string BaseImage => Property("ContainerBaseImage");

    public static long User => long.Parse(Property("ContainerUser"), CultureInfo.InvariantCulture);

    public static int[] Ports => Project.Descendants("ContainerPort").Select(p => int.Parse((string)p.Attribute("Include")!, CultureInfo.InvariantCulture)).ToArray();

    private static string Property(string name) => Project.Descendants(name).Single().Value;
}
