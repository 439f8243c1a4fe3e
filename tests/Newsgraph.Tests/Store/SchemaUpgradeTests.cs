using System.Data.Common;
using System.Globalization;
using Newsgraph.Model;
using Newsgraph.Store;

namespace Newsgraph.Tests.Store;

/// <summary>A store written by schema 1 opened by today's code: upgraded in place, its rows intact and answering every query.</summary>
public sealed class SchemaUpgradeTests
{
    public static TheoryData<string> Backends => TestStore.Backends();

    private const string Title = "Kerry and Lavrov meet in Moscow";
    private const string Text = Title + "\n\nJohn Kerry met Sergei Lavrov in Moscow. \"The US stands ready to work with Russia,\" Kerry said. " +
        "\"Oil prices will keep falling,\" a trader said.";

    [Theory]
    [MemberData(nameof(Backends))]
    public void AStoreOfSchemaOneIsUpgradedWithItsDataIntact(string backend)
    {
        using var test = TestStore.Create(backend);
        var dialect = SqlDialect.For(test.Location.Backend);
        using (var connection = dialect.Connect(test.Location.ConnectionString))
        {
            Assert.Equal(1, Migrator.Migrate(connection, dialect, upTo: 1));
            WriteAsSchemaOne(connection, dialect);
        }

        using var store = test.Open();
        Assert.Equal(Migrator.Migrations(store.Dialect).Count, store.SchemaVersion);
        Assert.True(store.SchemaVersion >= 2);
        Assert.Equal(1, store.ArticleCount());
        Assert.Equal(2, Corpus.Rows(store, "quotes"));
        Assert.Equal(3, Corpus.Rows(store, "mentions"));

        var kerry = Assert.Single(store.Quotes(new QuoteFilter { Speaker = "kerr" }));
        Assert.Equal("John Kerry", kerry.Speaker);
        Assert.Equal("The US stands ready to work with Russia,", kerry.Content);
        Assert.Equal("a trader", Assert.Single(store.Quotes(new QuoteFilter { Speaker = "trader" })).Speaker);
        Assert.Equal("a trader", Assert.Single(store.Quotes(new QuoteFilter { About = "price" })).Speaker);
        Assert.Equal(2, store.Quotes(new QuoteFilter { Since = new DateOnly(2015, 12, 1) }).Count);

        var profile = store.Entity("John Kerry");
        Assert.NotNull(profile);
        Assert.Equal(1, profile.Articles);
        Assert.Equal(["Moscow", "Sergei Lavrov"], profile.CoMentioned.Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Single(profile.Quotes);
        Assert.Contains(store.Search("ready"), hit => hit.Title == Title);

        // An article written after the upgrade joins the old rows: the same entity, one more article.
        Corpus.Write(store, Corpus.Geneva());
        Assert.Equal(2, store.ArticleCount());
        Assert.Equal(2, store.Entity("John Kerry")!.Articles);
        Assert.Equal("Ban Ki-moon", Assert.Single(store.Quotes(new QuoteFilter { About = "ceasefire" })).Speaker);
    }

    /// <summary>Rows as the code of schema 1 wrote them (no speaker label, no stories, no quote word index).</summary>
    private static void WriteAsSchemaOne(DbConnection connection, SqlDialect dialect)
    {
        var article = Insert(connection, "INSERT INTO articles (id, url, title, published, origin, text, ingested) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6) RETURNING seq",
            "0123456789abcdef01234567", "https://example.com/kerry", Title, "2015-12-15", "test", Text, "2015-12-16T00:00:00Z");
        var kerry = Entity(connection, new Entity(1, EntityType.Person, "John Kerry", [], []));
        var lavrov = Entity(connection, new Entity(2, EntityType.Person, "Sergei Lavrov", [], []));
        var moscow = Entity(connection, new Entity(3, EntityType.Location, "Moscow", [], []));
        foreach (var (local, entity, name) in new[] { ("E1", kerry, "John Kerry"), ("E2", lavrov, "Sergei Lavrov"), ("E3", moscow, "Moscow") })
        {
            Insert(connection, "INSERT INTO article_entities (article, local_id, entity, name, mention_count) VALUES (@p0, @p1, @p2, @p3, @p4)", article, local, entity, name, 1);
            var at = Text.IndexOf(name, StringComparison.Ordinal);
            Insert(connection, "INSERT INTO mentions (article, entity, char_start, char_end, text, kind) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
                article, entity, at, at + name.Length, name, "name");
        }

        Quote(connection, dialect, article, 1, "The US stands ready to work with Russia,", kerry, "John Kerry");
        Quote(connection, dialect, article, 2, "Oil prices will keep falling,", null, "a trader");
        if (dialect.Backend == StoreBackend.Sqlite)
        {
            Insert(connection, "INSERT INTO search (body, article, quote) VALUES (@p0, @p1, @p2)", Text, article, null);
        }
    }

    private static long Entity(DbConnection connection, Entity entity) =>
        Insert(connection, "INSERT INTO entities (key, name, type) VALUES (@p0, @p1, @p2) RETURNING id", EntityKeys.For(entity), entity.Name, entity.Type.ToString().ToUpperInvariant());

    private static void Quote(DbConnection connection, SqlDialect dialect, long article, int seq, string content, long? speaker, string speakerName)
    {
        var at = Text.IndexOf(content, StringComparison.Ordinal);
        Insert(connection, "INSERT INTO quotes (article, seq, kind, char_start, char_end, content, speaker, speaker_name, cue) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)",
            article, seq, "direct", at, at + content.Length, content, speaker, speakerName, "said");
        if (dialect.Backend == StoreBackend.Sqlite)
        {
            Insert(connection, "INSERT INTO search (body, article, quote) VALUES (@p0, @p1, @p2)", content, article, seq);
        }
    }

    private static long Insert(DbConnection connection, string sql, params object?[] values)
    {
        using var command = Sql.Command(connection, sql);
        for (var i = 0; i < values.Length; i++)
        {
            Sql.Add(command, "p" + i, values[i]);
        }

        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }
}
