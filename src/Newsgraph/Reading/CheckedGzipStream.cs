using System.IO.Compression;

namespace Newsgraph.Reading;

/// <summary>
/// Gzip decompression that notices a cut-off file: .NET's GZipStream ends quietly when its input stops part-way, so
/// at the end the last member's trailer is checked (its length field against the output, its CRC-32 when the member
/// is small enough to have been kept). Concatenated members (gzip per WARC record) are read as one stream.
/// </summary>
internal sealed class CheckedGzipStream : ReadOnlyForwardStream
{
    /// <summary>Output kept to check the last member's CRC: a WARC record or a news page fits, a whole single-member crawl need not.</summary>
    private const int KeptOutputBytes = 1 << 20;

    private readonly TailStream _raw;
    private readonly byte[] _kept = new byte[KeptOutputBytes];
    private long _total;
    private bool _checked;

    public CheckedGzipStream(Stream compressed)
        : this(new TailStream(compressed))
    {
    }

    private CheckedGzipStream(TailStream raw)
        : base(new GZipStream(raw, CompressionMode.Decompress)) => _raw = raw;

    public override int Read(Span<byte> buffer)
    {
        var read = Inner.Read(buffer);
        if (read > 0)
        {
            Keep(buffer[..read]);
            _total += read;
        }
        else if (!_checked && buffer.Length > 0)
        {
            _checked = true;
            CheckTrailer();
        }

        return read;
    }


    private void Keep(ReadOnlySpan<byte> data)
    {
        if (data.Length >= KeptOutputBytes)
        {
            data[^KeptOutputBytes..].CopyTo(_kept);
            return;
        }

        var start = (int)(_total % KeptOutputBytes);
        var first = Math.Min(data.Length, KeptOutputBytes - start);
        data[..first].CopyTo(_kept.AsSpan(start));
        data[first..].CopyTo(_kept);
    }

    private void CheckTrailer()
    {
        // The smallest gzip member is 18 bytes: a 10-byte header, an empty deflate block, an 8-byte trailer.
        if (_raw.Count < 18)
        {
            throw new InvalidDataException("it is too short to be gzip");
        }

        var tail = _raw.Tail;
        var crc = BitConverter.ToUInt32(tail, 0);
        var size = BitConverter.ToUInt32(tail, 4);

        // Past 4 GiB the length field wraps and says nothing; the records inside still carry their own lengths.
        if (_total <= uint.MaxValue && size > _total)
        {
            throw new InvalidDataException("its end is missing");
        }

        if (size <= KeptOutputBytes && size <= _total && Crc32.Of(LastOutput((int)size)) != crc)
        {
            throw new InvalidDataException("its checksum does not match");
        }
    }

    private byte[] LastOutput(int count)
    {
        var result = new byte[count];
        var end = (int)(_total % KeptOutputBytes);
        var start = (end - count + KeptOutputBytes) % KeptOutputBytes;
        for (var i = 0; i < count; i++)
        {
            result[i] = _kept[(start + i) % KeptOutputBytes];
        }

        return result;
    }

    /// <summary>Passes reads through, remembering how many bytes went by and the last eight of them.</summary>
    private sealed class TailStream(Stream inner) : ReadOnlyForwardStream(inner)
    {
        private readonly byte[] _ring = new byte[8];

        public long Count { get; private set; }

        public byte[] Tail
        {
            get
            {
                var tail = new byte[8];
                for (var i = 0; i < 8; i++)
                {
                    tail[i] = _ring[(Count + i) % 8];
                }

                return tail;
            }
        }

        public override int Read(Span<byte> buffer)
        {
            var read = Inner.Read(buffer);
            var from = Math.Max(0, read - 8);
            for (var i = from; i < read; i++)
            {
                _ring[(Count + i) % 8] = buffer[i];
            }

            Count += read;
            return read;
        }

    }
}

/// <summary>CRC-32 (IEEE 802.3, as gzip uses it).</summary>
internal static class Crc32
{
    private static readonly uint[] Table = CreateTable();

    public static uint Of(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
