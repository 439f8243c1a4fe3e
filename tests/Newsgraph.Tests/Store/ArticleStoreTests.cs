using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Store;

namespace Newsgraph.Tests.Store;

public sealed class ArticleStoreTests
{
    public static TheoryData<string> Backends => TestStore.Backends();

    [PostgresFact]
    public void PostgresqlIsReachableForTheStoreTests()
    {
        using var test = TestStore.Create("postgres");
        using var store = test.Open();
        Assert.Equal(StoreBackend.Postgres, store.Location.Backend);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void MigratesAnEmptyStoreToTheLatestVersionAndReopensIt(string backend)
    {
        using var test = TestStore.Create(backend);
        int version;
        using (var store = test.Open())
        {
            version = store.SchemaVersion;
            Assert.Equal(Migrator.Migrations(store.Dialect).Count, version);
            Assert.Equal(0, store.ArticleCount());
            foreach (var table in new[] { "articles", "entities", "article_entities", "mentions", "quotes", "dates", "counts", "sources", "inputs" })
            {
                Assert.Equal(0, Corpus.Rows(store, table));
            }
        }

        using var reopened = test.Open();
        Assert.Equal(version, reopened.SchemaVersion);
        Assert.Equal(version, Corpus.Rows(reopened, "schema_version"));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void TheSameArticleTwiceIsOneRecord(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        Corpus.Write(store, Corpus.Moscow());
        Corpus.Write(store, Corpus.Moscow(), Corpus.Moscow());

        Assert.Equal(1, store.ArticleCount());
        Assert.Equal(2, Corpus.Rows(store, "quotes"));
        Assert.Equal(4, Corpus.Rows(store, "entities"));
        Assert.Equal(1, Corpus.Rows(store, "counts"));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void TheSamePageUnderAnotherUrlFormIsOneRecord(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var first = new Document("Title\n\nFirst version of the text.", new DocumentInfo { Title = "Title", Url = "https://www.example.com/a/story/" });
        var updated = new Document("Title\n\nSecond, corrected version.", new DocumentInfo { Title = "Title", Url = "http://WWW.example.com/a/story?utm_medium=rss#top" });
        Corpus.Write(store, first);
        Corpus.Write(store, updated);

        Assert.Equal(1, store.ArticleCount());
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void EntitiesKeepOneKeyAcrossArticles(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        Corpus.Write(store, Corpus.Moscow());
        Corpus.Write(store, Corpus.Geneva());

        // Kerry appears in both articles but is one entity row.
        Assert.Equal(6, Corpus.Rows(store, "entities"));
        Assert.Equal(7, Corpus.Rows(store, "article_entities"));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void QuotesFilterBySpeakerContentAndDate(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        Corpus.Write(store, Corpus.Moscow(), Corpus.Geneva(), Corpus.Markets());

        var all = store.Quotes(new QuoteFilter());
        Assert.Equal(4, all.Count);
        Assert.Equal("We need a ceasefire now,", all[0].Content);
        Assert.Null(all[^1].Published);

        var kerry = Assert.Single(store.Quotes(new QuoteFilter { Speaker = "kerry" }));
        Assert.Equal("John Kerry", kerry.Speaker);
        Assert.Equal("told", kerry.Cue);
        Assert.Equal("RT", kerry.Channel);

        Assert.Equal("Ban Ki-moon", Assert.Single(store.Quotes(new QuoteFilter { About = "CEASEFIRE" })).Speaker);
        Assert.Single(store.Quotes(new QuoteFilter { Since = new DateOnly(2016, 1, 1) }));
        Assert.Empty(store.Quotes(new QuoteFilter { Speaker = "100%_" }));
        Assert.Empty(store.Quotes(new QuoteFilter { About = "\"*:-" }));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void QuoteFiltersMatchWholeWordsInOrder(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        Corpus.Write(store, Corpus.Moscow(), Corpus.Geneva(), Corpus.Markets());

        // The last word of a speaker's name may be cut short; earlier ones are whole words, in order.
        Assert.Equal("Sergei Lavrov", Assert.Single(store.Quotes(new QuoteFilter { Speaker = "Lavr" })).Speaker);
        Assert.Equal("Sergei Lavrov", Assert.Single(store.Quotes(new QuoteFilter { Speaker = "sergei lavrov" })).Speaker);
        Assert.Empty(store.Quotes(new QuoteFilter { Speaker = "lavrov sergei" }));
        Assert.Empty(store.Quotes(new QuoteFilter { Speaker = "erge" }));

        // Content words match in any form of the word, as a phrase.
        Assert.Single(store.Quotes(new QuoteFilter { About = "oil price" }));
        Assert.Single(store.Quotes(new QuoteFilter { About = "fall" }));
        Assert.Empty(store.Quotes(new QuoteFilter { About = "prices oil" }));
        Assert.Empty(store.Quotes(new QuoteFilter { About = "oil", Speaker = "kerry" }));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void CoMentionsCountOnlyWithinOneStoryOfAFile(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        const string First = "Kerry met Lavrov, Reuters reports.";
        const string Second = "Ban spoke in Geneva, Reuters reports.";
        var b = new ArticleBuilder("Two stories", First + "\n\n" + Second, "2016-01-20");
        b.Entity("John Kerry", EntityType.Person, "Kerry");
        b.Entity("Sergei Lavrov", EntityType.Person, "Lavrov");
        b.Entity("Ban Ki-moon", EntityType.Person, "Ban");
        b.Entity("Geneva", EntityType.Location);
        b.Entity("Reuters", EntityType.Organization);
        var document = b.Build();
        var first = document.Text.IndexOf(First, StringComparison.Ordinal);
        var second = document.Text.IndexOf(Second, StringComparison.Ordinal);
        document = document.With(Layers.Paragraphs, [
            new Paragraph(0, "Two stories".Length, ParagraphKind.Headline, 0),
            new Paragraph(first, first + First.Length, ParagraphKind.Body, 0),
            new Paragraph(second, second + Second.Length, ParagraphKind.Body, 1),
        ]);
        Corpus.Write(store, document);

        Assert.Equal(["Reuters", "Sergei Lavrov"], store.Entity("John Kerry")!.CoMentioned.Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Ban Ki-moon", "Reuters"], store.Entity("Geneva")!.CoMentioned.Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Equal(4, store.Entity("Reuters")!.CoMentioned.Count);
        Assert.Equal(6, Corpus.Rows(store, "entity_stories"));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void EntityProfileGathersTitlesTimelineQuotesAndNeighbours(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        Corpus.Write(store, Corpus.Moscow(), Corpus.Geneva(), Corpus.Markets());

        var kerry = store.Entity("kerry");
        Assert.NotNull(kerry);
        Assert.Equal("John Kerry", kerry.Name);
        Assert.Equal("PERSON", kerry.Type);
        Assert.Equal(2, kerry.Articles);
        Assert.Equal("US Secretary of State", Assert.Single(kerry.Titles).Name);
        Assert.Equal(["2015-12", "2016-01"], kerry.Timeline.Select(p => p.Period));
        Assert.Equal("The US stands ready to work with Russia,", Assert.Single(kerry.Quotes).Content);
        Assert.Contains(kerry.TalkAboutThem, n => n.Name == "Sergei Lavrov");
        Assert.Contains(kerry.CoMentioned, n => n.Name == "Ban Ki-moon");
        Assert.Contains(kerry.CoMentioned, n => n.Name == "Moscow");

        var lavrov = store.Entity("Sergei Lavrov");
        Assert.NotNull(lavrov);
        Assert.Contains(lavrov.TheyTalkAbout, n => n.Name == "John Kerry");

        var rt = store.Entity("RT");
        Assert.NotNull(rt);
        Assert.Equal("John Kerry", Assert.Single(rt.QuotedThroughThem).Name);

        Assert.Null(store.Entity("Nobody At All"));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void SearchFindsArticlesAndQuotesByStemmedWords(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        Corpus.Write(store, Corpus.Moscow(), Corpus.Geneva(), Corpus.Markets());

        var ceasefire = store.Search("ceasefire");
        Assert.Equal(2, ceasefire.Count);
        Assert.All(ceasefire, hit => Assert.Equal("Syria talks continue in Geneva", hit.Title));
        Assert.Contains(ceasefire, hit => hit.Quote == 1);
        Assert.Contains("ceasefire", ceasefire[0].Snippet, StringComparison.OrdinalIgnoreCase);

        Assert.Contains(store.Search("falling markets"), hit => hit.Title == "Markets fall as oil slides");
        Assert.Empty(store.Search("zeppelin"));
        Assert.Empty(store.Search("\"*:-"));
    }
}
