using FsCheck.Xunit;
using Newsgraph.Reading;

namespace Newsgraph.Tests.Reading;

/// <summary>Real-world damaged inputs: each gives a clear error naming the input, never an unexpected exception.</summary>
public sealed class MalformedInputTests
{
    [Fact]
    public void EmptyFileIsAnError()
    {
        var result = Assert.Single(ArticleReader.ReadEach([], "empty.html"));

        Assert.Equal("empty.html: the file is empty (no text to analyse)", result.Error?.Message);
    }

    [Fact]
    public void BinaryFileIsAnError()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

        var result = Assert.Single(ArticleReader.ReadEach(png, "photo.png"));

        Assert.StartsWith("photo.png: the file is binary", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedGzipIsAnError()
    {
        var gz = ReadingInputs.Gzip(ReadingInputs.Bytes("article.html"));

        var result = Assert.Single(ArticleReader.ReadEach(ReadingInputs.Cut(gz, 0.5), "page.html.gz"));

        Assert.StartsWith("page.html.gz: the gzip data is corrupt or truncated", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GzippedPageIsRead()
    {
        var gz = ReadingInputs.Gzip(ReadingInputs.Bytes("article.html"));

        var document = Assert.Single(ArticleReader.Read(gz, "page.html.gz"));

        Assert.Equal("Harbour bridge reopens after repairs", document.Info.Title);
    }

    [Fact]
    public void MissingFileIsAnError()
    {
        var result = Assert.Single(ArticleReader.ReadEachFile("no/such/file.html"));

        Assert.Equal("no/such/file.html: no such file", result.Error?.Message);
    }

    [Fact]
    public void Latin1TextWithoutDeclarationIsDecoded()
    {
        var document = Assert.Single(ArticleReader.ReadFile(ReadingInputs.Path("latin1-undeclared.txt")));

        Assert.Equal("Café owners protest", document.Info.Title);
        Assert.Equal(new Newsgraph.Model.TextSpan(0, 19), document.Info.TitleSpan);
    }

    [Fact]
    public void PlainTextKeepsItsHeadlineAndOffsets()
    {
        var text = "Kerry meets Lavrov\n\nThe two ministers met in Moscow on Tuesday.\n";

        var document = Assert.Single(ArticleReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "story.txt"));

        Assert.Equal(text, document.Text);
        Assert.Equal("Kerry meets Lavrov", document.Info.Title);
        Assert.Equal(new Newsgraph.Model.TextSpan(0, 18), document.Info.TitleSpan);
    }

    /// <summary>Whatever bytes follow the start of a page, a feed, a WARC or JSON Lines, reading them reports, never throws.</summary>
    [Property(MaxTest = 200)]
    public bool ArbitraryBytesAfterAFormatsStartNeverThrow(byte kind, byte[] tail)
    {
        string[] starts = ["<html><body><p>", "<?xml version=\"1.0\"?><rss><channel><item><description>", "WARC/1.0\r\nContent-Length: 40\r\n\r\n", "{\"text\": \"", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>", ""];
        var start = System.Text.Encoding.UTF8.GetBytes(starts[kind % starts.Length]);
        byte[] bytes = [.. start, .. tail ?? []];
        foreach (var result in ArticleReader.ReadEach(bytes, "fuzz"))
        {
            if (!result.Succeeded && !result.Error.Message.StartsWith("fuzz", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
