using System.Text;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Tests.Quality;
using Xunit.Abstractions;
using static Newsgraph.Tests.Entities.EntityTestDocuments;

namespace Newsgraph.Tests.Entities;

/// <summary>
/// The rule-based name finder on CoNLL-2003 dev (eng.testa): exact-span, exact-type entity F1 as conlleval counts it.
/// Each document's sentences become paragraphs of one text (tokens joined by spaces), so the finder sees document
/// context as it does in an article; a found name counts when its character span and type equal a gold entity's.
/// </summary>
public class NameFinderQualityTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Finds_conll_dev_names()
    {
        int found = 0, gold = 0, right = 0;
        var perType = new Dictionary<EntityType, (int Found, int Gold, int Right)>();
        foreach (var (text, entities) in Documents(SharedData.Data("conll2003/dev.txt")))
        {
            var document = Named(text);
            var names = document.Get(Layers.Names).Select(m => (m.Start, m.End, m.Type)).ToHashSet();
            found += names.Count;
            gold += entities.Count;
            right += names.Count(entities.Contains);
            foreach (var type in Enum.GetValues<EntityType>())
            {
                var (f, g, r) = perType.GetValueOrDefault(type);
                perType[type] = (f + names.Count(n => n.Type == type), g + entities.Count(e => e.Type == type), r + names.Count(n => n.Type == type && entities.Contains(n)));
            }
        }

        var f1 = 2.0 * right / (found + gold);
        output.WriteLine($"names: found {found}, gold {gold}, right {right}: P {(double)right / found:F3} R {(double)right / gold:F3} F1 {f1:F3}");
        foreach (var (type, (f, g, r)) in perType)
        {
            output.WriteLine($"  {type}: P {(double)r / Math.Max(f, 1):F3} R {(double)r / Math.Max(g, 1):F3} F1 {2.0 * r / Math.Max(f + g, 1):F3}");
        }

        QualityFloors.Check("names", new Dictionary<string, double> { ["conll_dev_f1"] = f1 });
    }

    /// <summary>The documents of a CoNLL file: sentences as paragraphs, and the gold entities (IOB1 or BIO) as spans.</summary>
    private static IEnumerable<(string Text, HashSet<(int Start, int End, EntityType Type)> Entities)> Documents(string path)
    {
        var text = new StringBuilder();
        var entities = new HashSet<(int Start, int End, EntityType Type)>();
        (int Start, int End, string Type)? open = null;
        var lineStart = true;
        void Close()
        {
            if (open is { } o)
            {
                entities.Add((o.Start, o.End, o.Type switch { "PER" => EntityType.Person, "ORG" => EntityType.Organization, "LOC" => EntityType.Location, _ => EntityType.Misc }));
            }

            open = null;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Close();
                if (text.Length > 0)
                {
                    yield return (text.ToString(), entities);
                }

                text.Clear();
                entities = [];
                lineStart = true;
                continue;
            }

            if (line.Length == 0)
            {
                Close();
                if (!lineStart)
                {
                    text.Append("\n\n");
                    lineStart = true;
                }

                continue;
            }

            var columns = line.Split(' ');
            var (token, tag) = (columns[0], columns[^1]);
            if (!lineStart)
            {
                text.Append(' ');
            }

            lineStart = false;
            var start = text.Length;
            text.Append(token);
            var type = tag == "O" ? null : tag[2..];
            if (type is null || tag.StartsWith("B-", StringComparison.Ordinal) || open?.Type != type)
            {
                Close();
            }

            if (type is not null)
            {
                open = open is { } o ? (o.Start, text.Length, type) : (start, text.Length, type);
            }
        }

        Close();
        if (text.Length > 0)
        {
            yield return (text.ToString(), entities);
        }
    }
}
