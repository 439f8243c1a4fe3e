using System.Text;
using Newsgraph.Reading;

namespace Newsgraph.Tests.Reading;

public sealed class WarcReaderTests
{
    [Theory]
    [InlineData("two-records.warc")]
    [InlineData("two-records.warc.gz")]
    public void ResponseRecordsWithHtmlBecomeDocuments(string name)
    {
        var documents = ArticleReader.ReadFile(ReadingInputs.Path(name));

        Assert.Equal(2, documents.Count);
        Assert.Equal("Harbour bridge reopens after repairs", documents[0].Info.Title);
        Assert.StartsWith("The harbour bridge reopened", documents[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", documents[0].Text, StringComparison.Ordinal);
        Assert.Equal("https://coastal.example/news/harbour-bridge-reopens", documents[0].Info.Url);
        Assert.EndsWith(name + ", record 1", documents[0].Info.Origin, StringComparison.Ordinal);
        Assert.Equal("https://coastal.example/news/cafe-tax", documents[1].Info.Url);
    }

    [Fact]
    public void CharsetFromTheHttpHeaderDecodesTheRecord()
    {
        var documents = ArticleReader.ReadFile(ReadingInputs.Path("two-records.warc"));

        Assert.Equal("Café owners protest", documents[1].Info.Title);
        Assert.StartsWith("Owners of the cafés", documents[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherRecordsArePassedOver()
    {
        var info = Record("warcinfo", "application/warc-fields", "software: test\r\n"u8.ToArray());
        var request = Record("request", "application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: coastal.example\r\n\r\n"u8.ToArray());
        var image = Record("response", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"u8.ToArray());
        var redirect = Record("response", "application/http; msgtype=response", "HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n"u8.ToArray());
        var bytes = info.Concat(request).Concat(image).Concat(redirect).Concat(ReadingInputs.Bytes("two-records.warc")).ToArray();

        var results = ArticleReader.ReadEach(bytes, "mixed.warc").ToList();

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.True(r.Succeeded, r.ToString()));
        Assert.Equal("mixed.warc, record 5", results[0].Document!.Info.Origin);
    }

    [Fact]
    public void WetConversionRecordsArePlainText()
    {
        var text = "Harbour bridge reopens\nThe harbour bridge reopened to traffic on Tuesday.\n"u8.ToArray();
        var bytes = Record("conversion", "text/plain", text);

        var document = Assert.Single(ArticleReader.Read(bytes, "crawl.warc.wet"));

        Assert.Equal("Harbour bridge reopens", document.Info.Title);
        Assert.Equal("Harbour bridge reopens\nThe harbour bridge reopened to traffic on Tuesday.\n", document.Text);
    }

    [Fact]
    public void WarcCutInTheMiddleKeepsTheRecordsBeforeTheCut()
    {
        var cut = ReadingInputs.Cut(ReadingInputs.Bytes("two-records.warc"), 0.75);

        var results = ArticleReader.ReadEach(cut, "cut.warc").ToList();

        Assert.Equal(2, results.Count);
        Assert.True(results[0].Succeeded);
        Assert.False(results[1].Succeeded);
        Assert.StartsWith("cut.warc, record 2: the file ends inside the record", results[1].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("cut short", results[1].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GzippedWarcCutInTheMiddleKeepsTheRecordsBeforeTheCut()
    {
        var cut = ReadingInputs.Cut(ReadingInputs.Bytes("two-records.warc.gz"), 0.8);

        var results = ArticleReader.ReadEach(cut, "cut.warc.gz").ToList();

        Assert.Equal(2, results.Count);
        Assert.True(results[0].Succeeded);
        Assert.False(results[1].Succeeded);
        Assert.StartsWith("cut.warc.gz, record 2:", results[1].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordWithoutContentLengthIsAClearError()
    {
        var bytes = "WARC/1.0\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n"u8.ToArray();

        var result = Assert.Single(ArticleReader.ReadEach(bytes, "bad.warc"));

        Assert.Equal("bad.warc, record 1: the record has no valid Content-Length header", result.Error?.Message);
    }

    private static byte[] Record(string type, string contentType, byte[] block)
    {
        var head = $"WARC/1.1\r\nWARC-Type: {type}\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. block, .. "\r\n\r\n"u8];
    }
}
