using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Store;
using Npgsql;

namespace Newsgraph.Tests.Store;

/// <summary>
/// Fresh empty stores for tests: an SQLite file in a temporary folder, and, where NEWSGRAPH_TEST_POSTGRES names a server
/// (scripts/postgres.sh starts one), a PostgreSQL schema of its own that is dropped afterwards.
/// </summary>
internal sealed class TestStore : IDisposable
{
    public const string PostgresVariable = "NEWSGRAPH_TEST_POSTGRES";

    private readonly string? _folder;
    private readonly string? _schema;
    private readonly string? _server;

    private TestStore(StoreLocation location, string? folder, string? schema, string? server)
    {
        Location = location;
        _folder = folder;
        _schema = schema;
        _server = server;
    }

    public StoreLocation Location { get; }

    /// <summary>A folder for inputs and exports that goes away with the store.</summary>
    public string Folder => _folder ?? throw new InvalidOperationException();

    /// <summary>The backends to run each store test on: SQLite always, PostgreSQL where the variable is set.</summary>
    public static TheoryData<string> Backends()
    {
        var data = new TheoryData<string> { "sqlite" };
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            data.Add("postgres");
        }

        return data;
    }

    public static TestStore Create(string backend)
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsgraph-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (backend == "sqlite")
        {
            return new TestStore(StoreLocation.Parse(Path.Combine(folder, "store.db")), folder, null, null);
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema };
        return new TestStore(StoreLocation.Parse(builder.ConnectionString), folder, schema, server);
    }

    public ArticleStore Open() => ArticleStore.Open(Location);

    public void Dispose()
    {
        if (_schema is not null && _server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_server);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
            command.ExecuteNonQuery();
        }

        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>Builds analysed articles by hand: entities, mentions and quotes placed by the strings they cover.</summary>
internal sealed class ArticleBuilder
{
    private readonly string _text;
    private readonly DocumentInfo _info;
    private readonly List<Mention> _mentions = [];
    private readonly List<Entity> _entities = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<TimeExpression> _dates = [];
    private readonly List<Count> _counts = [];
    private readonly List<CitedSource> _sources = [];

    public ArticleBuilder(string title, string body, string? published = null, string? url = null)
    {
        _text = title + "\n\n" + body;
        _info = new DocumentInfo
        {
            Title = title,
            TitleSpan = new TextSpan(0, title.Length),
            Published = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            Url = url,
            Origin = "test:" + title,
        };
    }

    /// <summary>An entity with a mention at every occurrence of each of <paramref name="surfaces"/>; returns its index.</summary>
    public int Entity(string name, EntityType type, params string[] surfaces)
    {
        var indices = new List<int>();
        foreach (var surface in surfaces.Length == 0 ? [name] : surfaces)
        {
            var at = _text.IndexOf(surface, StringComparison.Ordinal);
            while (at >= 0)
            {
                indices.Add(_mentions.Count);
                _mentions.Add(new Mention(at, at + surface.Length, type, MentionKind.Name));
                at = _text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal);
            }
        }

        _entities.Add(new Entity(_entities.Count + 1, type, name, [], [.. indices]));
        return _entities.Count - 1;
    }

    public ArticleBuilder Titled(int entity, params string[] titles)
    {
        _entities[entity] = _entities[entity] with { Titles = [.. titles] };
        return this;
    }

    public ArticleBuilder Quote(string content, int? speaker, string? cue = null, string? channel = null)
    {
        var quote = new Quote(QuoteKind.Direct, Span(content)) { SpeakerEntity = speaker, Cue = cue is null ? null : Span(cue), Channel = channel is null ? null : Span(channel) };
        if (speaker is { } s)
        {
            quote = quote with { Speaker = _mentions[_entities[s].Mentions[0]].Span };
        }

        _quotes.Add(quote);
        return this;
    }

    public ArticleBuilder Date(string text, string value)
    {
        var span = Span(text);
        _dates.Add(new TimeExpression(span.Start, span.End, TimeType.Date, value, "day"));
        return this;
    }

    public ArticleBuilder Count(string text, double number, string what)
    {
        var span = Span(text);
        _counts.Add(new Count(span.Start, span.End, number, null, what, null));
        return this;
    }

    public ArticleBuilder Source(string name)
    {
        _sources.Add(new CitedSource(name, "outlet", [Span(name)]));
        return this;
    }

    public Document Build() => new Document(_text, _info)
        .With(Layers.Mentions, [.. _mentions])
        .With(Layers.Entities, [.. _entities])
        .With(Layers.Quotes, [.. _quotes])
        .With(Layers.Dates, [.. _dates])
        .With(Layers.Counts, [.. _counts])
        .With(Layers.Sources, [.. _sources]);

    private TextSpan Span(string text)
    {
        var at = _text.IndexOf(text, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{text}' is not in the article.", nameof(text));
        }

        return new TextSpan(at, at + text.Length);
    }
}

/// <summary>
/// A test that needs the PostgreSQL server: skipped, with the reason shown, where NEWSGRAPH_TEST_POSTGRES is not set, so a
/// run without PostgreSQL says that the PostgreSQL half of the store tests did not run.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestStore.PostgresVariable)))
        {
            Skip = $"{TestStore.PostgresVariable} is not set: the PostgreSQL runs of the store tests are skipped (start a server with scripts/postgres.sh).";
        }
    }
}
