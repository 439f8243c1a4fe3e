using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Newsgraph.Model;
using Newsgraph.Output;
using Newsgraph.Pipeline;

namespace Newsgraph.Store;

/// <summary>
/// The durable record of many analysed articles, in SQLite or PostgreSQL with one schema. Writes go through
/// <see cref="BeginBatch"/> from one writer at a time; queries may run beside them.
/// </summary>
internal sealed partial class ArticleStore : IDisposable
{
    private readonly DbConnection _connection;
    private readonly Dictionary<string, long> _entityIds = new(StringComparer.Ordinal);

    /// <summary>The stored name of each entity key, which quotes show as their speaker's (the first article's spelling).</summary>
    private readonly Dictionary<string, string> _entityNames = new(StringComparer.Ordinal);

    private ArticleStore(StoreLocation location, SqlDialect dialect, DbConnection connection, int schemaVersion)
    {
        Location = location;
        Dialect = dialect;
        _connection = connection;
        SchemaVersion = schemaVersion;
    }

    public StoreLocation Location { get; }

    public int SchemaVersion { get; }

    internal SqlDialect Dialect { get; }

    internal DbConnection Connection => _connection;

    /// <summary>Opens (creating it when needed) and migrates the store; failures become a <see cref="StoreException"/> naming it.</summary>
    public static ArticleStore Open(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var dialect = SqlDialect.For(location.Backend);
        DbConnection? connection = null;
        try
        {
            connection = dialect.Connect(location.ConnectionString);
            var version = Migrator.Migrate(connection, dialect);
            return new ArticleStore(location, dialect, connection, version);
        }
        catch (StoreException e)
        {
            connection?.Dispose();
            throw new StoreException($"{location.Display}: {e.Message}", e);
        }
        catch (DbException e)
        {
            connection?.Dispose();
            throw new StoreException($"{location.Display}: cannot open the store: {e.Message}", e);
        }
    }

    public static ArticleStore Open(string? spec) => Open(StoreLocation.Resolve(spec));

    public void Dispose() => _connection.Dispose();

    public long ArticleCount() => Scalar("SELECT count(*) FROM articles");

    public long SizeBytes() => Scalar(Dialect.SizeSql);

    /// <summary>The content hashes of every stored article, so an ingest skips them before analysing.</summary>
    internal HashSet<string> ArticleIds() => Strings("SELECT id FROM articles");

    internal HashSet<string> Urls() => Strings("SELECT url FROM articles WHERE url IS NOT NULL");

    /// <summary>The files ingested whole, with the size and modification time they had then.</summary>
    internal Dictionary<string, InputStamp> Inputs()
    {
        var inputs = new Dictionary<string, InputStamp>(StringComparer.Ordinal);
        using var command = Sql.Command(_connection, "SELECT path, size, modified FROM inputs");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var stamp = new InputStamp(reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture));
            inputs[stamp.Path] = stamp;
        }

        return inputs;
    }

    internal StoreBatch BeginBatch() => new(this, _connection.BeginTransaction());

    /// <summary>The row ids of the article's entities, creating the rows of keys not stored yet in one statement.</summary>
    internal (long[] Ids, string[] Names) EntityIds(DbTransaction transaction, IReadOnlyList<Entity> entities, List<string> added)
    {
        var keys = entities.Select(EntityKeys.For).ToArray();
        var missing = new List<object?[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            if (!_entityIds.ContainsKey(keys[i]) && seen.Add(keys[i]))
            {
                var e = entities[i];
                missing.Add([keys[i], e.Name, ArticleJson.TypeName(e.Type), e.Place?.Latitude, e.Place?.Longitude, e.Place?.CountryCode, e.Place?.FeatureClass, e.Place?.GeoNameId]);
            }
        }

        // DO UPDATE (not NOTHING) so that RETURNING yields the ids of rows that exist already.
        foreach (var command in Sql.MultiRowInserts(_connection, transaction, "entities", EntityColumns, missing, " ON CONFLICT (key) DO UPDATE SET key = excluded.key RETURNING id, key, name"))
        {
            using (command)
            {
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var key = reader.GetString(1);
                    _entityIds[key] = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
                    _entityNames[key] = reader.GetString(2);
                    added.Add(key);
                }
            }
        }

        return ([.. keys.Select(k => _entityIds[k])], [.. keys.Select(k => _entityNames[k])]);
    }

    private static readonly string[] EntityColumns = ["key", "name", "type", "latitude", "longitude", "country", "feature_class", "geonameid"];

    internal void ForgetEntities(List<string> keys)
    {
        foreach (var key in keys)
        {
            _entityIds.Remove(key);
            _entityNames.Remove(key);
        }
    }

    private long Scalar(string sql)
    {
        using var command = Sql.Command(_connection, sql);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private HashSet<string> Strings(string sql)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var command = Sql.Command(_connection, sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            set.Add(reader.GetString(0));
        }

        return set;
    }
}

/// <summary>A file as it was when ingested: a file with the same path, size and time is not read again.</summary>
internal readonly record struct InputStamp(string Path, long Size, long Modified)
{
    public static InputStamp Of(FileInfo file) => new(file.FullName, file.Length, file.LastWriteTimeUtc.Ticks);
}

/// <summary>
/// Articles written in one transaction: each is whole or absent after a crash, and an input is marked done only in the
/// transaction that holds its last article.
/// </summary>
internal sealed class StoreBatch : IDisposable
{
    private readonly ArticleStore _store;
    private readonly DbTransaction _transaction;
    private readonly List<string> _newEntities = [];
    private readonly DbCommand _article;
    private bool _committed;

    public StoreBatch(ArticleStore store, DbTransaction transaction)
    {
        _store = store;
        _transaction = transaction;
        _article = Prepare(
            "INSERT INTO articles (id, url, title, published, origin, text, minhash, ingested) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7) ON CONFLICT DO NOTHING RETURNING seq", 8);
    }

    /// <summary>Writes the article and everything found in it; false when an article with its hash or URL is stored already.</summary>
    public bool Add(ArticleRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var document = record.Document;
        var map = new CodePointMap(document.Text);
        var seqValue = Run(_article, true, record.Id, record.Url, document.Info.Title, document.Info.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            document.Info.Origin, document.Text, record.MinHash, DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        if (seqValue is null or DBNull)
        {
            return false;
        }

        var article = Convert.ToInt64(seqValue, CultureInfo.InvariantCulture);
        _store.Dialect.IndexText(_transaction, article, null, string.IsNullOrEmpty(document.Info.Title) || document.Info.TitleSpan is not null
            ? document.Text
            : document.Info.Title + "\n" + document.Text);

        var entities = document.Get(Layers.Entities);
        var (entityIds, entityNames) = _store.EntityIds(_transaction, entities, _newEntities);
        var mentions = document.Get(Layers.Mentions);
        var mentionEntity = new long?[mentions.Length];
        var rows = new List<object?[]>();
        for (var i = 0; i < entities.Length; i++)
        {
            var entity = entities[i];
            foreach (var m in entity.Mentions.Where(m => m >= 0 && m < mentions.Length))
            {
                mentionEntity[m] = entityIds[i];
            }

            rows.Add([article, ArticleJson.EntityId(entity.Id), entityIds[i], entity.Name,
                entity.Titles.IsDefaultOrEmpty ? null : string.Join('\n', entity.Titles), entity.Mentions.IsDefault ? 0 : entity.Mentions.Length]);
        }

        Insert("article_entities", ArticleEntityColumns, rows);
        Insert("entity_stories", EntityStoryColumns, EntityStories(document, article, entities, entityIds, mentions));

        if (mentions.IsEmpty)
        {
            mentions = document.Get(Layers.Names);
            mentionEntity = new long?[mentions.Length];
        }

        Insert("mentions", MentionColumns, [.. mentions.Select((m, i) => new object?[]
        {
            article, mentionEntity[i], map.ToCodePoint(m.Start), map.ToCodePoint(m.End), document.Slice(m.Span), m.Kind.ToString().ToLowerInvariant(),
        })]);

        var quotes = document.Get(Layers.Quotes);
        rows = [];
        for (var i = 0; i < quotes.Length; i++)
        {
            var q = quotes[i];
            long? speaker = q.SpeakerEntity is { } e && e >= 0 && e < entityIds.Length ? entityIds[e] : null;
            var speakerName = q.SpeakerEntity is { } e2 && e2 >= 0 && e2 < entities.Length ? entities[e2].Name : q.SpeakerName ?? (q.Speaker is { } s ? document.Slice(s) : null);
            // The name shown for the speaker: the stored entity's, else the quote's own.
            var speakerLabel = speaker is null ? speakerName : entityNames[q.SpeakerEntity!.Value];
            var content = document.Slice(q.Content);
            rows.Add([article, i + 1, q.Kind.ToString().ToLowerInvariant(), map.ToCodePoint(q.Content.Start), map.ToCodePoint(q.Content.End), content,
                speaker, speakerName, q.Speaker is { } sp ? document.Slice(sp) : null, q.Speaker is { } sp2 ? map.ToCodePoint(sp2.Start) : null,
                q.Cue is { } cue ? document.Slice(cue) : null, q.Cue is { } cue2 ? map.ToCodePoint(cue2.Start) : null,
                q.Channel is { } channel ? document.Slice(channel) : null, speakerLabel]);
            _store.Dialect.IndexText(_transaction, article, i + 1, content);
        }

        Insert("quotes", QuoteColumns, rows);
        if (rows.Count > 0)
        {
            _store.Dialect.IndexQuotes(_transaction, article);
        }

        Insert("dates", DateColumns, [.. document.Get(Layers.Dates).Select(d => new object?[]
        {
            article, map.ToCodePoint(d.Start), map.ToCodePoint(d.End), document.Slice(d.Span), d.Type.ToString().ToUpperInvariant(), d.Value, d.Granularity,
        })]);
        Insert("counts", CountColumns, [.. document.Get(Layers.Counts).Select(c => new object?[]
        {
            article, map.ToCodePoint(c.Start), map.ToCodePoint(c.End), document.Slice(c.Span), c.Number, c.Qualifier, c.What, c.Event, c.Unit,
        })]);
        Insert("sources", SourceColumns, [.. document.Get(Layers.Sources).Select(s => new object?[]
        {
            article, s.Name, s.Kind, s.Mentions.IsDefault ? 0 : s.Mentions.Length, s.Mentions.IsDefaultOrEmpty ? null : map.ToCodePoint(s.Mentions.Min(m => m.Start)),
        })]);

        return true;
    }

    public void MarkInput(InputStamp input, int articles)
    {
        using var command = Sql.Command(_store.Connection,
            "INSERT INTO inputs (path, size, modified, articles, ingested) VALUES (@path, @size, @modified, @articles, @ingested) " +
            "ON CONFLICT (path) DO UPDATE SET size = excluded.size, modified = excluded.modified, articles = excluded.articles, ingested = excluded.ingested",
            _transaction);
        Sql.Add(command, "path", input.Path);
        Sql.Add(command, "size", input.Size);
        Sql.Add(command, "modified", input.Modified);
        Sql.Add(command, "articles", articles);
        Sql.Add(command, "ingested", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    public void Commit()
    {
        _transaction.Commit();
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            // Ids of entities created in a rolled-back transaction no longer exist.
            _store.ForgetEntities(_newEntities);
        }

        _article.Dispose();

        _transaction.Dispose();
    }

    private static readonly string[] ArticleEntityColumns = ["article", "local_id", "entity", "name", "titles", "mention_count"];
    private static readonly string[] MentionColumns = ["article", "entity", "char_start", "char_end", "text", "kind"];
    private static readonly string[] QuoteColumns =
        ["article", "seq", "kind", "char_start", "char_end", "content", "speaker", "speaker_name", "speaker_text", "speaker_start", "cue", "cue_start", "channel", "speaker_label"];
    private static readonly string[] EntityStoryColumns = ["article", "story", "entity"];
    private static readonly string[] DateColumns = ["article", "char_start", "char_end", "text", "type", "value", "granularity"];
    private static readonly string[] CountColumns = ["article", "char_start", "char_end", "text", "number", "qualifier", "what", "event", "unit"];
    private static readonly string[] SourceColumns = ["article", "name", "kind", "mention_count", "first_start"];

    /// <summary>
    /// One row for each story of the file (<see cref="Paragraph.Story"/>) each entity is mentioned in, so that co-mentions
    /// count within a story; an entity without a placed mention belongs to the first story.
    /// </summary>
    private static List<object?[]> EntityStories(Document document, long article, ImmutableArray<Entity> entities, long[] entityIds, ImmutableArray<Mention> mentions)
    {
        var rows = new HashSet<(int Story, long Entity)>();
        for (var i = 0; i < entities.Length; i++)
        {
            var placed = false;
            foreach (var m in entities[i].Mentions.IsDefault ? [] : entities[i].Mentions)
            {
                if (m >= 0 && m < mentions.Length)
                {
                    rows.Add((document.StoryAt(mentions[m].Start), entityIds[i]));
                    placed = true;
                }
            }

            if (!placed)
            {
                rows.Add((0, entityIds[i]));
            }
        }

        return [.. rows.OrderBy(r => r.Story).ThenBy(r => r.Entity).Select(r => new object?[] { article, r.Story, r.Entity })];
    }

    /// <summary>All of an article's rows of one table in one statement: one round trip to a server instead of one a row.</summary>
    private void Insert(string table, string[] columns, List<object?[]> rows)
    {
        foreach (var command in Sql.MultiRowInserts(_store.Connection, _transaction, table, columns, rows, ""))
        {
            using (command)
            {
                command.ExecuteNonQuery();
            }
        }
    }

    private DbCommand Prepare(string sql, int parameters)
    {
        var command = Sql.Command(_store.Connection, sql, _transaction);
        for (var i = 0; i < parameters; i++)
        {
            Sql.Add(command, "p" + i, null);
        }

        return command;
    }

    private static object? Run(DbCommand command, bool scalar, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        if (scalar)
        {
            return command.ExecuteScalar();
        }

        command.ExecuteNonQuery();
        return null;
    }
}
