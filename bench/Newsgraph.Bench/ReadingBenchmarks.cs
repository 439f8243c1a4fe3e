using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using Newsgraph.Reading;

namespace Newsgraph.Bench;

/// <summary>
/// The readers: one news page (parse, metadata, body extraction), and a gzipped WARC of 200 such pages streamed through
/// ArticleReader.ReadEach as a crawl is; pages per second = 200 / mean time.
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private const int WarcPages = 200;

    private byte[] _page = null!;
    private byte[] _warc = null!;

    [GlobalSetup]
    public void Setup()
    {
        _page = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "inputs", "article.html"));
        using var warc = new MemoryStream();
        for (var i = 0; i < WarcPages; i++)
        {
            var http = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n").Concat(_page).ToArray();
            var head = Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://coastal.example/{i}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length}\r\n\r\n");
            using var member = new GZipStream(warc, CompressionLevel.Fastest, leaveOpen: true);
            member.Write(head);
            member.Write(http);
            member.Write("\r\n\r\n"u8);
        }

        _warc = warc.ToArray();
    }

    [Benchmark]
    public Document HtmlPage() => HtmlReader.Read(_page, "article.html");

    [Benchmark]
    public int GzippedWarc() => ArticleReader.ReadEach(_warc, "pages.warc.gz").Count(r => r.Succeeded);
}
