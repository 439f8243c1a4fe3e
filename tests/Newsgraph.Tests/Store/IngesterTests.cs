using System.IO.Compression;
using System.Text;
using Newsgraph.Pipeline;
using Newsgraph.Reading;
using Newsgraph.Store;

namespace Newsgraph.Tests.Store;

public sealed class IngesterTests
{
    public static TheoryData<string> Backends => TestStore.Backends();

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task TheSameArticleInTwoFilesAndTwoRunsIsStoredOnce(string backend)
    {
        using var test = TestStore.Create(backend);
        var input = Path.Combine(test.Folder, "in");
        WriteArticle(input, "a.txt", 1);
        WriteArticle(input, "copy-of-a.txt", 1);
        File.WriteAllBytes(Path.Combine(input, "a-again.txt.gz"), Gzip(File.ReadAllBytes(Path.Combine(input, "a.txt"))));

        using var store = test.Open();
        var first = await new Ingester(store, new IngestOptions { Workers = 2 }).RunAsync([input], e => Assert.Fail(e.Message));
        var second = await new Ingester(store, new IngestOptions { Workers = 2 }).RunAsync([input], e => Assert.Fail(e.Message));

        Assert.Equal(1, first.Stored);
        Assert.Equal(2, first.Duplicates);
        Assert.Equal(0, second.Stored);
        Assert.Equal(3, second.FilesUnchanged);
        Assert.Equal(1, store.ArticleCount());
        Assert.Equal(3, Corpus.Rows(store, "inputs"));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task ABadFileInAFolderIsReportedWithItsNameAndTheOthersAreStored(string backend)
    {
        using var test = TestStore.Create(backend);
        var input = Path.Combine(test.Folder, "in");
        WriteArticle(input, "good-1.txt", 1);
        WriteArticle(input, "good-2.txt", 2);
        WriteArticle(Path.Combine(input, "nested"), "good-3.txt", 3);
        File.WriteAllText(Path.Combine(input, "blank.txt"), "  \n\n ");
        File.WriteAllBytes(Path.Combine(input, "binary.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00]);
        // A gzip header followed by bytes that are not deflate data.
        File.WriteAllBytes(Path.Combine(input, "corrupt.txt.gz"), [0x1F, 0x8B, 0x08, 0x00, .. Encoding.ASCII.GetBytes("not deflate data at all")]);

        using var store = test.Open();
        var errors = new List<InputException>();
        var result = await new Ingester(store, new IngestOptions { Workers = 2 }).RunAsync([input, Path.Combine(test.Folder, "missing")], errors.Add);

        Assert.Equal(3, result.Stored);
        Assert.Equal(3, store.ArticleCount());
        Assert.Equal(4, result.Errors);
        Assert.Equal(
            ["binary.txt", "blank.txt", "corrupt.txt.gz", "missing"],
            errors.Select(e => Path.GetFileName(e.Origin)).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.StartsWith(e.Origin + ": ", e.Message, StringComparison.Ordinal));

        // Bad files are not marked done, so a rerun reports them again while the good ones are not read again.
        errors.Clear();
        var rerun = await new Ingester(store, new IngestOptions { Workers = 2 }).RunAsync([input], errors.Add);
        Assert.Equal(3, rerun.FilesUnchanged);
        Assert.Equal(3, errors.Count);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task AnInterruptedIngestResumesAndStoresEveryArticleOnce(string backend)
    {
        const int Articles = 120;
        using var test = TestStore.Create(backend);
        var input = Path.Combine(test.Folder, "in");
        for (var i = 0; i < Articles; i++)
        {
            WriteArticle(input, $"{i:D3}.txt", i);
        }

        using (var cancel = new CancellationTokenSource())
        {
            // The 50th analysis pulls the plug: the writer is then mid-way through the corpus and, often, mid-batch.
            var analysed = 0;
            var options = new IngestOptions
            {
                Workers = 2,
                BatchSize = 8,
                CreateAnalyzer = () => new Analyzer(Analyzer.DefaultComponents().Append(new Tripwire(() =>
                {
                    if (Interlocked.Increment(ref analysed) == 50)
                    {
                        cancel.Cancel();
                    }
                }))),
            };
            using var store = test.Open();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new Ingester(store, options).RunAsync([input], e => Assert.Fail(e.Message), cancel.Token));
            Assert.InRange(store.ArticleCount(), 0, 49);
            AssertWhole(store);
        }

        using (var store = test.Open())
        {
            var before = store.ArticleCount();
            var resumed = await new Ingester(store, new IngestOptions { Workers = 2, BatchSize = 8 }).RunAsync([input], e => Assert.Fail(e.Message));
            Assert.Equal(Articles - before, resumed.Stored);
            Assert.Equal(Articles, store.ArticleCount());
            Assert.Equal(Articles, Corpus.Rows(store, "inputs"));
            AssertWhole(store);
        }
    }

    /// <summary>Every stored article has exactly its own search row: no half-written article and no second copy.</summary>
    private static void AssertWhole(ArticleStore store)
    {
        if (store.Dialect.Backend == StoreBackend.Sqlite)
        {
            Assert.Equal(store.ArticleCount(), Corpus.Rows(store, "search WHERE quote IS NULL"));
            Assert.Equal(0, Corpus.Rows(store, "search WHERE article NOT IN (SELECT seq FROM articles)"));
        }

        Assert.Equal(store.ArticleCount(), Corpus.Rows(store, "(SELECT DISTINCT id FROM articles) ids"));
    }

    private static string Article(int n) =>
        $"Headline number {n} about the harbour\n\nThe council met on day {n} to discuss the harbour. Officials said the plan {n} would cost {n * 1000} pounds.\n";

    private static void WriteArticle(string folder, string name, int n)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), Article(n));
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>A component that adds nothing and calls back, to interrupt an ingest at a chosen article.</summary>
    private sealed class Tripwire(Action onRun) : IComponent
    {
        public string Name => "tripwire";

        public IReadOnlyList<Layer> Needs => [];

        public IReadOnlyList<Layer> Adds => [];

        public Annotations Run(Document document)
        {
            onRun();
            return new Annotations();
        }
    }
}
