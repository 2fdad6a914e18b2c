using System.Collections;

namespace OrleansLife.Silo.Observability;

/// <summary>The logging scope that names the silo: <c>{"Message":"Silo x","Silo":"x"}</c> in a JSON line's scopes.</summary>
internal sealed class SiloScope(string silo) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?> _silo = new("Silo", silo);

    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] => index == 0 ? _silo : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return _silo;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"Silo {_silo.Value}";
}
