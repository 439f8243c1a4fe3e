using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Newsgraph.Store;

/// <summary>What differs between the SQL of the two backends: connecting, full-text search and the store's size.</summary>
internal abstract class SqlDialect
{
    public abstract StoreBackend Backend { get; }

    /// <summary>The folder of embedded migration scripts for this dialect.</summary>
    public abstract string MigrationFolder { get; }

    public abstract DbConnection Connect(string connectionString);

    /// <summary>Adds an article's or a quote's text to the full-text index (PostgreSQL indexes generated columns itself).</summary>
    public abstract void IndexText(DbTransaction transaction, long article, int? quote, string text);

    /// <summary>Rows: article id, title, published, quote number or null, snippet; best match first.</summary>
    public abstract string SearchSql { get; }

    /// <summary>The user's words as this dialect's full-text query.</summary>
    public abstract string SearchQuery(string text);

    public abstract string SizeSql { get; }

    /// <summary>Adds the article's stored quotes to the index of quote words (PostgreSQL indexes generated columns itself).</summary>
    public abstract void IndexQuotes(DbTransaction transaction, long article);

    /// <summary>
    /// A condition on quote <c>q</c>: its speaker's name holds <paramref name="parameter"/>'s words in order, the last one
    /// possibly cut short ("lavr" finds Sergei Lavrov).
    /// </summary>
    public abstract string SpeakerCondition(string parameter);

    /// <summary>A condition on quote <c>q</c>: its content holds <paramref name="parameter"/>'s words in order (stemmed).</summary>
    public abstract string AboutCondition(string parameter);

    /// <summary>The value of the <see cref="SpeakerCondition"/> parameter for the user's words (non-empty).</summary>
    public abstract string SpeakerQuery(IReadOnlyList<string> words);

    /// <summary>The value of the <see cref="AboutCondition"/> parameter for the user's words (non-empty).</summary>
    public abstract string AboutQuery(IReadOnlyList<string> words);

    /// <summary>The runs of letters and digits in <paramref name="text"/>: the words a full-text index holds.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    public static SqlDialect For(StoreBackend backend) => backend switch
    {
        StoreBackend.Postgres => new PostgresDialect(),
        _ => new SqliteDialect(),
    };
}

internal sealed class SqliteDialect : SqlDialect
{
    public override StoreBackend Backend => StoreBackend.Sqlite;

    public override string MigrationFolder => "sqlite";

    public override DbConnection Connect(string connectionString)
    {
        var directory = Path.GetDirectoryName(connectionString);
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            throw new StoreException($"{connectionString}: the folder of the store does not exist.");
        }

        // No pooling: a closed store must release its file at once (tests delete it; a second process may open it).
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = connectionString, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // WAL lets queries read while an ingest writes; NORMAL sync in WAL mode still never corrupts the file on a crash.
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;";
        command.ExecuteNonQuery();
        return connection;
    }

    public override void IndexText(DbTransaction transaction, long article, int? quote, string text)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO search (body, article, quote) VALUES (@body, @article, @quote)";
        Sql.Add(command, "body", text);
        Sql.Add(command, "article", article);
        Sql.Add(command, "quote", quote);
        command.ExecuteNonQuery();
    }

    public override string SearchSql => """
        SELECT a.id, a.title, a.published, s.quote, snippet(search, 0, '[', ']', '…', 16)
        FROM search s JOIN articles a ON a.seq = s.article
        WHERE search MATCH @query
        ORDER BY bm25(search), a.seq
        LIMIT @limit
        """;

    /// <summary>Every word becomes a quoted FTS5 string, so punctuation in the user's text is never query syntax.</summary>
    public override string SearchQuery(string text)
    {
        var query = new StringBuilder();
        foreach (var word in Words(text))
        {
            if (query.Length > 0)
            {
                query.Append(' ');
            }

            query.Append('"').Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return query.ToString();
    }

    public override string SizeSql => "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()";

    public override void IndexQuotes(DbTransaction transaction, long article)
    {
        using var command = Sql.Command(transaction.Connection!,
            "INSERT INTO quote_words (rowid, content, speaker) SELECT rowid, content, coalesce(speaker_label, '') FROM quotes WHERE article = @article", transaction);
        Sql.Add(command, "article", article);
        command.ExecuteNonQuery();
    }

    public override string SpeakerCondition(string parameter) => $"q.rowid IN (SELECT rowid FROM quote_words WHERE quote_words MATCH @{parameter})";

    public override string AboutCondition(string parameter) => $"q.rowid IN (SELECT rowid FROM quote_words WHERE quote_words MATCH @{parameter})";

    /// <summary>A phrase in the speaker column whose last word is a prefix: <c>speaker : "sergei lavr" *</c>.</summary>
    public override string SpeakerQuery(IReadOnlyList<string> words) => "speaker : " + Phrase(words) + " *";

    public override string AboutQuery(IReadOnlyList<string> words) => "content : " + Phrase(words);

    /// <summary>The words as one FTS5 string: only letters and digits, so nothing in it is query syntax.</summary>
    private static string Phrase(IReadOnlyList<string> words) => "\"" + string.Join(' ', words) + "\"";
}

internal sealed class PostgresDialect : SqlDialect
{
    public override StoreBackend Backend => StoreBackend.Postgres;

    public override string MigrationFolder => "postgres";

    public override DbConnection Connect(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }

    public override void IndexText(DbTransaction transaction, long article, int? quote, string text)
    {
    }

    public override string SearchSql => """
        WITH q AS (SELECT websearch_to_tsquery('english', @query) AS query),
        hits AS (
            SELECT a.seq AS article, NULL::integer AS quote, ts_rank(a.tsv, q.query) AS rank FROM articles a, q WHERE a.tsv @@ q.query
            UNION ALL
            SELECT qu.article, qu.seq, ts_rank(qu.tsv, q.query) FROM quotes qu, q WHERE qu.tsv @@ q.query
            ORDER BY rank DESC, article
            LIMIT @limit)
        SELECT a.id, a.title, a.published, h.quote,
               ts_headline('english', coalesce(qu.content, left(a.text, 100000)), q.query, 'MaxFragments=1, MaxWords=24, MinWords=10, StartSel=[, StopSel=]')
        FROM hits h
        JOIN articles a ON a.seq = h.article
        LEFT JOIN quotes qu ON qu.article = h.article AND qu.seq = h.quote
        CROSS JOIN q
        ORDER BY h.rank DESC, a.seq
        """;

    public override string SearchQuery(string text) => text;

    public override void IndexQuotes(DbTransaction transaction, long article)
    {
    }

    public override string SpeakerCondition(string parameter) => $"q.speaker_tsv @@ to_tsquery('english', @{parameter})";

    public override string AboutCondition(string parameter) => $"q.tsv @@ to_tsquery('english', @{parameter})";

    /// <summary>The words followed one by the next (<c>sergei &lt;-&gt; lavr:*</c>), the last one a prefix; letters and digits only, so never query syntax.</summary>
    public override string SpeakerQuery(IReadOnlyList<string> words) => string.Join(" <-> ", words) + ":*";

    public override string AboutQuery(IReadOnlyList<string> words) => string.Join(" <-> ", words);

    /// <summary>The tables of the store's schema with their indexes and TOAST, not the whole database (which may hold other schemas).</summary>
    public override string SizeSql => """
        SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r'
        """;
}
