using System.Text.Json;
using Newsgraph.Export;
using Newsgraph.Store;
using Parquet;
using Parquet.Schema;

namespace Newsgraph.Tests.Store;

public sealed class ExportTests
{
    public static TheoryData<string> Backends => TestStore.Backends();

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task EveryTableReadsBackFromParquet(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        Corpus.Write(store, Corpus.Moscow(), Corpus.Geneva(), Corpus.Markets());
        var folder = Path.Combine(test.Folder, "parquet");

        var files = await TableExporter.ExportAsync(store, ExportFormat.Parquet, folder);

        Assert.Equal(StoreTables.All.Count, files.Count);
        foreach (var (file, rows) in files)
        {
            var table = Path.GetFileNameWithoutExtension(file);
            Assert.Equal(Corpus.Rows(store, table), rows);
            await using var stream = File.OpenRead(file);
            await using var reader = await ParquetReader.CreateAsync(stream);
            Assert.Equal(StoreTables.All.Single(t => t.Name == table).Columns.Select(c => c.Name), reader.Schema.GetDataFields().Select(f => f.Name));
            Assert.Equal(rows, Enumerable.Range(0, reader.RowGroupCount).Sum(i => reader.OpenRowGroupReader(i).RowCount));
        }

        await using (var stream = File.OpenRead(Path.Combine(folder, "quotes.parquet")))
        {
            await using var reader = await ParquetReader.CreateAsync(stream);
            using var group = reader.OpenRowGroupReader(0);
            var content = (DataField)reader.Schema.GetDataFields().Single(f => f.Name == "content");
            var values = new string?[group.RowCount];
            await group.ReadAsync(content, values.AsMemory());
            Assert.Contains("We need a ceasefire now,", values);
            var speaker = (DataField)reader.Schema.GetDataFields().Single(f => f.Name == "speaker");
            var speakers = new long?[group.RowCount];
            await group.ReadAsync<long>(speaker, speakers.AsMemory());
            Assert.Equal(3, speakers.Count(s => s is not null));
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task EveryTableReadsBackFromJsonLines(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        Corpus.Write(store, Corpus.Moscow(), Corpus.Geneva(), Corpus.Markets());
        var folder = Path.Combine(test.Folder, "jsonl");

        await TableExporter.ExportAsync(store, ExportFormat.Jsonl, folder);

        var articles = File.ReadAllLines(Path.Combine(folder, "articles.jsonl")).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(3, articles.Count);
        Assert.Equal("https://www.example.com/news/kerry-lavrov", articles[0].GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, articles[2].GetProperty("published").ValueKind);
        var count = JsonDocument.Parse(Assert.Single(File.ReadAllLines(Path.Combine(folder, "counts.jsonl")))).RootElement;
        Assert.Equal(1400, count.GetProperty("number").GetDouble());
        var text = articles[0].GetProperty("text").GetString()!;
        Assert.Equal("More than 1,400 people", text[count.GetProperty("char_start").GetInt32()..count.GetProperty("char_end").GetInt32()]);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void GkgRecordsHaveTheTwentySevenColumnsFilledFromTheArticle(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        Corpus.Write(store, Corpus.Moscow(), Corpus.Markets());
        using var output = new StringWriter();

        Assert.Equal(2, GkgWriter.Write(store, output));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var moscow = lines[0].Split('\t');
        Assert.Equal(GkgWriter.ColumnCount, moscow.Length);
        Assert.Equal("20151215000000-1", moscow[0]);
        Assert.Equal("20151215000000", moscow[1]);
        Assert.Equal("1", moscow[2]);
        Assert.Equal("www.example.com", moscow[3]);
        Assert.Equal("John Kerry;Sergei Lavrov", moscow[11]);
        Assert.StartsWith("John Kerry,", moscow[12], StringComparison.Ordinal);
        Assert.Equal("RT", moscow[13]);
        Assert.StartsWith("0#Moscow#", moscow[9], StringComparison.Ordinal);
        Assert.Equal("3#12#15#2015#", moscow[16][..^(moscow[16].Length - moscow[16].LastIndexOf('#') - 1)]);
        Assert.StartsWith("COUNT#1400#people#", moscow[5], StringComparison.Ordinal);
        var quotes = moscow[22].Split('#');
        Assert.Equal(2, quotes.Length);
        var first = quotes[0].Split('|');
        Assert.Equal(["told", "The US stands ready to work with Russia"], first[2..]);
        Assert.Equal("<PAGE_TITLE>Kerry and Lavrov meet in Moscow</PAGE_TITLE>", moscow[26]);

        var markets = lines[1].Split('\t');
        Assert.Equal(GkgWriter.ColumnCount, markets.Length);
        Assert.Equal("2", markets[2]);
        Assert.Equal("", markets[11]);
    }
}
