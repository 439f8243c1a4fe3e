using System.Globalization;
using System.Text.RegularExpressions;
using Newsgraph.Entities;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Reading;

namespace Newsgraph.Tests.Entities;

/// <summary>
/// PolNeAR dev attributions with a Source, given to the entity resolver as quotes whose speaker is the gold Source
/// span, so that what is measured is the resolution of that span to a named person, not quote finding.
/// Gold is each article's lexicographically first .ann file, as ../shared/tools/score_polnear.py reads it.
/// </summary>
internal static partial class PolnearSpeakers
{
    /// <summary>One gold Source span and the canonical name the resolver gave it (null when it made no entity).</summary>
    public sealed record Resolved(string Article, TextSpan Source, string SourceText, string? Name);

    public static IEnumerable<Resolved> ResolveDev()
    {
        var root = SharedData.Data("polnear/dev");
        var analyzer = new Analyzer();
        var resolver = new EntityResolver();
        foreach (var path in Directory.GetFiles(Path.Combine(root, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            var article = Path.GetFileNameWithoutExtension(path);
            var ann = Directory.GetFiles(Path.Combine(root, "attributions"), article + "_*.ann").Order(StringComparer.Ordinal).FirstOrDefault();
            if (ann is null)
            {
                continue;
            }

            var text = File.ReadAllText(path);
            var sources = ReadSources(ann).ToList();
            var document = analyzer.Analyze(PlainTextReader.FromText(text, path));
            var quotes = sources.Select(s => new Quote(QuoteKind.Indirect, s.Content) { Speaker = s.Source }).ToImmutableArrayOf();
            document = document.With(Layers.Quotes, quotes);
            document = document.With(resolver.Run(document));
            var entities = document.Get(Layers.Entities);
            var resolved = document.Get(Layers.Quotes);
            for (var i = 0; i < sources.Count; i++)
            {
                var entity = resolved[i].SpeakerEntity is { } e ? entities[e].Name : null;
                yield return new Resolved(article, sources[i].Source, document.Slice(sources[i].Source), entity);
            }
        }
    }

    private static System.Collections.Immutable.ImmutableArray<T> ToImmutableArrayOf<T>(this IEnumerable<T> items) => [.. items];

    /// <summary>Every event with Content and Source: the content from its first to its last piece, the Source likewise.</summary>
    private static IEnumerable<(TextSpan Content, TextSpan Source)> ReadSources(string annPath)
    {
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var line in File.ReadLines(annPath))
        {
            var t = TextLine().Match(line);
            if (t.Success)
            {
                spans[t.Groups[1].Value] = [.. t.Groups[2].Value.Split(';').Select(p =>
                {
                    var parts = p.Split(' ');
                    return new TextSpan(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
                })];
            }
            else if (line.StartsWith('E'))
            {
                events.Add(line.Split('\t')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        foreach (var args in events)
        {
            var content = new List<TextSpan>();
            var source = new List<TextSpan>();
            foreach (var arg in args.Skip(1))
            {
                var (role, id) = (arg.Split(':')[0], arg.Split(':')[1]);
                if (!spans.TryGetValue(id, out var pieces))
                {
                    continue;
                }

                if (role.StartsWith("Content", StringComparison.Ordinal))
                {
                    content.AddRange(pieces);
                }
                else if (role == "Source")
                {
                    source.AddRange(pieces);
                }
            }

            if (content.Count > 0 && source.Count > 0)
            {
                yield return (new TextSpan(content.Min(p => p.Start), content.Max(p => p.End)), new TextSpan(source.Min(p => p.Start), source.Max(p => p.End)));
            }
        }
    }

    [GeneratedRegex(@"^(T\d+)\t\S+ (\d+ \d+(?:;\d+ \d+)*)")]
    private static partial Regex TextLine();
}
