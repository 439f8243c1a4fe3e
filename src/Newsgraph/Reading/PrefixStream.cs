namespace Newsgraph.Reading;

/// <summary>A read-only stream that first gives back bytes already read from another stream (to sniff its format), then the rest of it.</summary>
internal sealed class PrefixStream(byte[] prefix, Stream rest, Exception? pending = null) : ReadOnlyForwardStream(rest)
{
    private int _position;

    /// <summary>Reads up to <paramref name="count"/> bytes of <paramref name="stream"/> and returns them with a stream that still starts at them.</summary>
    /// <remarks>
    /// A read error after some bytes (a cut gzip file shorter than the peek) is held back until the reader gets past
    /// those bytes, so the records before the damage are still read.
    /// </remarks>
    public static (byte[] Prefix, Stream Stream) Peek(Stream stream, int count)
    {
        var buffer = new byte[count];
        var read = 0;
        Exception? pending = null;
        try
        {
            while (read < count)
            {
                var n = stream.Read(buffer, read, count - read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }
        }
        catch (Exception e) when (read > 0 && e is InvalidDataException or IOException)
        {
            pending = e;
        }

        var prefix = buffer[..read];
        return (prefix, new PrefixStream(prefix, stream, pending));
    }

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        if (pending is { } error)
        {
            pending = null;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }

        return Inner.Read(buffer);
    }

}
