namespace OrleansLife.Api.Tests.Support;

/// <summary>A stream that cannot tell its length, so that HttpClient sends it chunked.</summary>
internal sealed class UnseekableStream(byte[] data) : MemoryStream(data)
{
    public override bool CanSeek => false;
}
