using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsgraph.Model;
using Newsgraph.Pipeline;

namespace Newsgraph.Output;

/// <summary>Writes an analysed document as the JSON object of CONTRACT.md section 1.</summary>
public static class ArticleJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Document document, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options with { Indented = indented }))
        {
            Write(writer, document);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A hash of the text and title, the same for the same article wherever it comes from.</summary>
    public static string ContentId(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes((document.Info.Title ?? "") + "\n" + document.Text));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 12));
    }

    public static void Write(Utf8JsonWriter writer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        var map = new CodePointMap(document.Text);
        var entities = document.Get(Layers.Entities);
        var mentions = document.Get(Layers.Mentions);

        writer.WriteStartObject();
        writer.WriteString("id", ContentId(document));
        writer.WriteString("title", document.Info.Title);
        if (document.Info.Published is { } published)
        {
            writer.WriteString("published", published.ToString("yyyy-MM-dd"));
        }
        else
        {
            writer.WriteNull("published");
        }

        if (document.Info.Url is { } url)
        {
            writer.WriteString("url", url);
        }

        if (document.Info.Byline is { } byline)
        {
            writer.WriteString("byline", byline);
        }

        writer.WriteString("text", document.Text);

        writer.WriteStartArray("entities");
        foreach (var entity in entities)
        {
            writer.WriteStartObject();
            writer.WriteString("id", EntityId(entity.Id));
            writer.WriteString("type", TypeName(entity.Type));
            writer.WriteString("name", entity.Name);
            if (entity.Key is { } key)
            {
                writer.WriteString("key", key);
            }

            writer.WriteStartArray("titles");
            foreach (var title in entity.Titles)
            {
                writer.WriteStringValue(title);
            }

            writer.WriteEndArray();
            if (entity.Place is { } place)
            {
                writer.WriteStartObject("place");
                writer.WriteNumber("lat", place.Latitude);
                writer.WriteNumber("lon", place.Longitude);
                writer.WriteString("country", place.CountryCode);
                writer.WriteString("featureClass", place.FeatureClass);
                if (place.GeoNameId is { } geonameId)
                {
                    writer.WriteNumber("geonameId", geonameId);
                }

                writer.WriteEndObject();
            }

            writer.WriteStartArray("mentions");
            foreach (var index in entity.Mentions)
            {
                var mention = mentions[index];
                writer.WriteStartObject();
                WriteSpan(writer, document, map, mention.Span);
                writer.WriteString("kind", mention.Kind.ToString().ToLowerInvariant());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        var quoteNumber = 0;
        foreach (var quote in document.Get(Layers.Quotes))
        {
            writer.WriteStartObject();
            writer.WriteString("id", "q" + (++quoteNumber));
            writer.WriteString("kind", quote.Kind.ToString().ToLowerInvariant());
            WriteSpan(writer, document, map, quote.Content);
            if (!quote.Pieces.IsDefaultOrEmpty)
            {
                writer.WriteStartArray("pieces");
                foreach (var piece in quote.Pieces)
                {
                    WriteSpanObject(writer, document, map, piece);
                }

                writer.WriteEndArray();
            }

            if (quote.Speaker is { } speaker)
            {
                writer.WriteStartObject("speaker");
                if (quote.SpeakerEntity is { } entityIndex && entityIndex < entities.Length)
                {
                    writer.WriteString("entity", EntityId(entities[entityIndex].Id));
                    writer.WriteString("name", entities[entityIndex].Name);
                }
                else
                {
                    writer.WriteNull("entity");
                    writer.WriteString("name", quote.SpeakerName ?? document.Slice(speaker));
                }

                WriteSpan(writer, document, map, speaker);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("speaker");
            }

            WriteOptionalSpan(writer, document, map, "cue", quote.Cue);
            WriteOptionalSpan(writer, document, map, "channel", quote.Channel);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("dates");
        foreach (var date in document.Get(Layers.Dates))
        {
            writer.WriteStartObject();
            WriteSpan(writer, document, map, date.Span);
            writer.WriteString("type", date.Type.ToString().ToUpperInvariant());
            writer.WriteString("value", date.Value);
            writer.WriteString("granularity", date.Granularity);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("counts");
        foreach (var count in document.Get(Layers.Counts))
        {
            writer.WriteStartObject();
            WriteSpan(writer, document, map, count.Span);
            writer.WriteNumber("number", count.Number);
            writer.WriteString("qualifier", count.Qualifier);
            writer.WriteString("what", count.What);
            writer.WriteString("event", count.Event);
            if (count.Unit is { } unit)
            {
                writer.WriteString("unit", unit);
            }

            if (count.High is { } high)
            {
                writer.WriteNumber("high", high);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("sources");
        foreach (var source in document.Get(Layers.Sources))
        {
            writer.WriteStartObject();
            writer.WriteString("name", source.Name);
            writer.WriteString("kind", source.Kind);
            writer.WriteStartArray("mentions");
            foreach (var mention in source.Mentions)
            {
                WriteSpanObject(writer, document, map, mention);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("quotes");
            foreach (var quote in source.Quotes)
            {
                writer.WriteStringValue("q" + (quote + 1));
            }

            writer.WriteEndArray();
            if (!source.Claims.IsDefaultOrEmpty)
            {
                writer.WriteStartArray("claims");
                foreach (var claim in source.Claims)
                {
                    WriteSpanObject(writer, document, map, claim);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("hedges");
        foreach (var hedge in document.Get(Layers.Hedges))
        {
            writer.WriteStartObject();
            WriteSpan(writer, document, map, hedge.Span);
            WriteOptionalSpan(writer, document, map, "claim", hedge.Claim);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static string EntityId(int id) => "e" + id;

    internal static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    private static void WriteSpan(Utf8JsonWriter writer, Document document, CodePointMap map, TextSpan span)
    {
        writer.WriteNumber("start", map.ToCodePoint(span.Start));
        writer.WriteNumber("end", map.ToCodePoint(span.End));
        writer.WriteString("text", document.Slice(span));
    }

    private static void WriteSpanObject(Utf8JsonWriter writer, Document document, CodePointMap map, TextSpan span)
    {
        writer.WriteStartObject();
        WriteSpan(writer, document, map, span);
        writer.WriteEndObject();
    }

    private static void WriteOptionalSpan(Utf8JsonWriter writer, Document document, CodePointMap map, string name, TextSpan? span)
    {
        if (span is { } value)
        {
            writer.WritePropertyName(name);
            WriteSpanObject(writer, document, map, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
