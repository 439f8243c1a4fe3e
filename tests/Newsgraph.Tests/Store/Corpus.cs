using Newsgraph.Model;
using Newsgraph.Store;

namespace Newsgraph.Tests.Store;

/// <summary>A small hand-made corpus with entities, quotes, dates and counts, for the query tests.</summary>
internal static class Corpus
{
    public static Document Moscow()
    {
        var b = new ArticleBuilder(
            "Kerry and Lavrov meet in Moscow",
            "US Secretary of State John Kerry met Sergei Lavrov in Moscow on Tuesday. \"The US stands ready to work with Russia,\" Kerry told RT. " +
            "Lavrov said: \"Kerry brought new ideas on Syria.\" More than 1,400 people have died.",
            "2015-12-15",
            "http://www.example.com/news/kerry-lavrov/?utm_source=feed");
        var kerry = b.Entity("John Kerry", EntityType.Person, "John Kerry", "Kerry");
        var lavrov = b.Entity("Sergei Lavrov", EntityType.Person, "Sergei Lavrov", "Lavrov");
        b.Entity("Moscow", EntityType.Location);
        b.Entity("RT", EntityType.Organization);
        b.Titled(kerry, "US Secretary of State");
        b.Quote("The US stands ready to work with Russia,", kerry, "told", "RT");
        b.Quote("Kerry brought new ideas on Syria.", lavrov, "said");
        b.Date("on Tuesday", "2015-12-15");
        b.Count("More than 1,400 people", 1400, "people");
        b.Source("RT");
        return b.Build();
    }

    public static Document Geneva()
    {
        var b = new ArticleBuilder(
            "Syria talks continue in Geneva",
            "Talks on Syria went on in Geneva. Ban Ki-moon urged the parties to agree. \"We need a ceasefire now,\" Ban said. Kerry is expected on Friday.",
            "2016-01-20");
        var ban = b.Entity("Ban Ki-moon", EntityType.Person, "Ban Ki-moon", "Ban said");
        b.Entity("John Kerry", EntityType.Person, "Kerry");
        b.Entity("Geneva", EntityType.Location);
        b.Quote("We need a ceasefire now,", ban, "said");
        return b.Build();
    }

    public static Document Markets()
    {
        var b = new ArticleBuilder(
            "Markets fall as oil slides",
            "Stock markets fell sharply as oil prices slid. \"Oil prices will keep falling,\" one trader said.");
        b.Quote("Oil prices will keep falling,", null, "said");
        return b.Build();
    }

    public static void Write(ArticleStore store, params Document[] documents)
    {
        using var batch = store.BeginBatch();
        foreach (var document in documents)
        {
            batch.Add(ArticleRecord.From(document));
        }

        batch.Commit();
    }

    public static long Rows(ArticleStore store, string table)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
