using System.Collections.Frozen;
using OrleansLife.Runtime.Activations;
using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Messaging;
using OrleansLife.Runtime.References;

namespace OrleansLife.Runtime.Registry;

/// <summary>
/// Which grain interfaces exist, the grain type each belongs to, how to build a reference to one and how to build
/// an activation of one. Filled at startup, read-only afterwards.
/// </summary>
public sealed class GrainRegistry
{
    private readonly Dictionary<Type, (GrainType Type, Func<GrainId, IGrainRuntime, object> Reference)> _interfaces = [];
    private readonly Dictionary<GrainType, Func<IServiceProvider, Grain>> _implementations = [];
    private readonly Dictionary<string, GrainMethod> _methods = new(StringComparer.Ordinal);
    private FrozenDictionary<Type, (GrainType Type, Func<GrainId, IGrainRuntime, object> Reference)>? _frozenInterfaces;
    private FrozenDictionary<GrainType, Func<IServiceProvider, Grain>>? _frozenImplementations;

    /// <summary>
    /// Registers grain type <paramref name="typeName"/>: the interface callers use, the class that implements it, and
    /// the interface's messages, which a codec finds by name when they arrive from another silo.
    /// </summary>
    public GrainRegistry Add<TInterface, TGrain>(
        string typeName,
        Func<GrainId, IGrainRuntime, TInterface> reference,
        Func<IServiceProvider, TGrain> create,
        IEnumerable<GrainMethod> methods)
        where TInterface : class, IGrain
        where TGrain : Grain, TInterface
    {
        if (_frozenInterfaces is not null) throw new InvalidOperationException("Grains are registered before the silo starts.");
        var type = new GrainType(typeName);
        if (!_interfaces.TryAdd(typeof(TInterface), (type, reference)))
            throw new InvalidOperationException($"{typeof(TInterface).Name} is already registered.");
        if (!_implementations.TryAdd(type, create))
            throw new InvalidOperationException($"Grain type '{typeName}' is already registered.");
        foreach (var method in methods)
        {
            // Two grain types may share an interface's methods; two different methods may not share a name.
            if (_methods.TryGetValue(method.Name, out var known) && !ReferenceEquals(known, method))
                throw new InvalidOperationException($"Another method is already registered as '{method.Name}'.");
            _methods[method.Name] = method;
        }
        return this;
    }

    /// <summary>The method called <paramref name="name"/> on the wire, or null when no registered interface has it.</summary>
    public GrainMethod? FindMethod(string name) => _methods.GetValueOrDefault(name);

    internal GrainType TypeOf<TInterface>() => Interface(typeof(TInterface)).Type;

    internal TInterface CreateReference<TInterface>(GrainId id, IGrainRuntime runtime) =>
        (TInterface)Interface(typeof(TInterface)).Reference(id, runtime);

    internal Grain CreateActivation(GrainType type, IServiceProvider services)
    {
        _frozenImplementations ??= _implementations.ToFrozenDictionary();
        return _frozenImplementations.TryGetValue(type, out var create)
            ? create(services)
            : throw new InvalidOperationException($"No grain class is registered for grain type '{type}'.");
    }

    private (GrainType Type, Func<GrainId, IGrainRuntime, object> Reference) Interface(Type type)
    {
        _frozenInterfaces ??= _interfaces.ToFrozenDictionary();
        return _frozenInterfaces.TryGetValue(type, out var registration)
            ? registration
            : throw new InvalidOperationException($"{type.Name} is not a registered grain interface.");
    }
}
