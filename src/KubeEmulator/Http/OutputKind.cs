namespace OrleansLife.KubeEmulator.Http;

/// <summary>The representation a client asked for in its Accept header.</summary>
internal enum OutputKind
{
    Object,
    Table,
    Metadata,
}
