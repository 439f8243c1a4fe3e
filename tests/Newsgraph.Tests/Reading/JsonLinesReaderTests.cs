using Newsgraph.Reading;

namespace Newsgraph.Tests.Reading;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void EachLineIsAnArticleAndBadLinesAreReportedWithTheirNumber()
    {
        var results = ArticleReader.ReadEachFile(ReadingInputs.Path("articles.jsonl")).ToList();

        Assert.Equal(5, results.Count);
        var first = results[0].Document!;
        Assert.Equal("The harbour bridge reopened to traffic on Tuesday after six months of repairs.", first.Text);
        Assert.Equal("Harbour bridge reopens after repairs", first.Info.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), first.Info.Published);
        Assert.Equal("https://coastal.example/news/harbour-bridge-reopens", first.Info.Url);
        Assert.Equal("Maria Lopez", first.Info.Byline);

        var second = results[1].Document!;
        Assert.Equal("Ferry fares will rise by 4 percent in April.\n\nThe operator blamed fuel costs.", second.Text);
        Assert.Equal("Ferry fares rise again", second.Info.Title);

        Assert.Contains("articles.jsonl, line 3: the line is not valid JSON", results[2].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("articles.jsonl, line 5: the object has no article text", results[3].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 3, 4), results[4].Document!.Info.Published);
    }

    [Fact]
    public void GzippedJsonLinesAreStreamedToo()
    {
        var gz = ReadingInputs.Gzip(ReadingInputs.Bytes("articles.jsonl"));

        var results = ArticleReader.ReadEach(gz, "articles.jsonl.gz").ToList();

        Assert.Equal(3, results.Count(r => r.Succeeded));
        Assert.Equal(2, results.Count(r => !r.Succeeded));
    }

    [Fact]
    public void JsonArrayAndPrettyPrintedObjectAreRead()
    {
        var array = """[{"title": "One", "text": "The first article of the array."}, 42, {"title": "Three", "body": "The third article."}]"""u8.ToArray();
        var pretty = "{\n  \"title\": \"Alone\",\n  \"text\": \"A single article spread over lines.\"\n}\n"u8.ToArray();

        var fromArray = ArticleReader.ReadEach(array, "articles.json").ToList();
        var single = Assert.Single(ArticleReader.Read(pretty, "article.json"));

        Assert.Equal("The first article of the array.", fromArray[0].Document?.Text);
        Assert.Equal("articles.json, item 2: not a JSON object", fromArray[1].Error?.Message);
        Assert.Equal("Three", fromArray[2].Document?.Info.Title);
        Assert.Equal("A single article spread over lines.", single.Text);
        Assert.Equal("Alone", single.Info.Title);
    }
}
