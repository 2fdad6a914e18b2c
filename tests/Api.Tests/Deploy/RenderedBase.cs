using k8s;
using OrleansLife.Testing.Tools;

namespace OrleansLife.Api.Tests.Deploy;

/// <summary>The kustomize base <c>deploy/</c> as the real <c>kubectl kustomize</c> renders it: its YAML, and its objects as KubernetesClient's models.</summary>
internal sealed class RenderedBase
{
    private RenderedBase(string yaml, IReadOnlyList<object> objects)
    {
        Yaml = yaml;
        Objects = objects;
    }

    public static string Directory { get; } = Path.Combine(RepositoryPaths.Root, "deploy");

    public string Yaml { get; }

    public IReadOnlyList<object> Objects { get; }

    public static async Task<RenderedBase> RenderAsync()
    {
        using var kubectl = new Kubectl();
        var rendered = await kubectl.RunAsync("kustomize", Directory);
        rendered.ExitCode.ShouldBe(0, rendered.Stderr);
        return new RenderedBase(rendered.Stdout, KubernetesYaml.LoadAllFromString(rendered.Stdout));
    }

    /// <summary>The one object of type <typeparamref name="T"/>.</summary>
    public T Single<T>() => Objects.OfType<T>().ShouldHaveSingleItem();
}
