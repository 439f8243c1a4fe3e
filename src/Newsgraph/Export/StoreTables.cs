namespace Newsgraph.Export;

internal enum ColumnType
{
    Long,
    Int,
    Double,
    String,
}

internal sealed record Column(string Name, ColumnType Type);

internal sealed record Table(string Name, IReadOnlyList<Column> Columns, string OrderBy);

/// <summary>
/// The exported tables and their columns, named here once so that an SQLite store and a PostgreSQL store export the same
/// files (internal columns such as the search vectors and MinHash signatures are left out).
/// </summary>
internal static class StoreTables
{
    private static Column L(string name) => new(name, ColumnType.Long);

    private static Column I(string name) => new(name, ColumnType.Int);

    private static Column D(string name) => new(name, ColumnType.Double);

    private static Column S(string name) => new(name, ColumnType.String);

    public static IReadOnlyList<Table> All { get; } =
    [
        new("articles", [L("seq"), S("id"), S("url"), S("title"), S("published"), S("origin"), S("text"), S("ingested")], "seq"),
        new("entities", [L("id"), S("key"), S("name"), S("type"), D("latitude"), D("longitude"), S("country"), S("feature_class"), L("geonameid")], "id"),
        new("article_entities", [L("article"), S("local_id"), L("entity"), S("name"), S("titles"), I("mention_count")], "article, local_id"),
        new("entity_stories", [L("article"), I("story"), L("entity")], "article, story, entity"),
        new("mentions", [L("article"), L("entity"), I("char_start"), I("char_end"), S("text"), S("kind")], "article, char_start, char_end"),
        new("quotes", [L("article"), I("seq"), S("kind"), I("char_start"), I("char_end"), S("content"), L("speaker"), S("speaker_name"), S("speaker_text"), I("speaker_start"), S("cue"), I("cue_start"), S("channel"), S("speaker_label")], "article, seq"),
        new("dates", [L("article"), I("char_start"), I("char_end"), S("text"), S("type"), S("value"), S("granularity")], "article, char_start"),
        new("counts", [L("article"), I("char_start"), I("char_end"), S("text"), D("number"), S("qualifier"), S("what"), S("event"), S("unit")], "article, char_start"),
        new("sources", [L("article"), S("name"), S("kind"), I("mention_count"), I("first_start")], "article, name"),
        new("inputs", [S("path"), L("size"), L("modified"), I("articles"), S("ingested")], "path"),
    ];

    internal static string Select(Table table) =>
        $"SELECT {string.Join(", ", table.Columns.Select(c => c.Name))} FROM {table.Name} ORDER BY {table.OrderBy}";
}
