using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Newsgraph.Model;
using Newsgraph.Pipeline;

namespace Newsgraph.Facts.Dates;

/// <summary>
/// Finds temporal expressions and resolves them to TIMEX3 values against the publication date: absolute dates,
/// relative ones ("last week", "on Tuesday", "two years ago"), times, durations, sets and past/present/future references.
/// </summary>
public sealed class DateFinder : IComponent
{
    /// <summary>At most this many characters (" of ") between "the early hours" and the date they belong to.</summary>
    private const int EarlyHoursGap = 5;

    public string Name => "dates";

    public IReadOnlyList<Layer> Needs => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<Layer> Adds => [Layers.Dates];

    public Annotations Run(Document document) => Annotations.Of(Layers.Dates, Find(document));

    public static ImmutableArray<TimeExpression> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var normalized = document.Normalized;
        var context = new DateContext(document);
        var found = ImmutableArray.CreateBuilder<TimeExpression>();
        var rules = new List<DateRule>();
        foreach (var (rule, match) in Candidates(normalized.Text))
        {
            var start = normalized.ToOriginal(match.Index);
            var end = normalized.ToOriginal(match.Index + match.Length);
            context.Enter(start, end);
            if (rule.Resolve(match, context) is not { } resolution)
            {
                continue;
            }

            context.Remember(resolution);
            found.Add(new TimeExpression(start, end, resolution.Type, resolution.Value, resolution.Granularity));
            rules.Add(rule);
        }

        AttachEarlyHours(document, found, rules);
        return found.ToImmutable();
    }

    /// <summary>Every rule's matches, longest first, keeping those that overlap no longer one; returned in text order.</summary>
    private static List<(DateRule Rule, Match Match)> Candidates(string text)
    {
        var all = new List<(DateRule Rule, Match Match, int Order)>();
        for (var i = 0; i < DateRules.All.Count; i++)
        {
            foreach (Match match in DateRules.All[i].Pattern.Matches(text))
            {
                if (match.Length > 0)
                {
                    all.Add((DateRules.All[i], match, i));
                }
            }
        }

        all.Sort((a, b) => a.Match.Length != b.Match.Length ? b.Match.Length.CompareTo(a.Match.Length)
            : a.Match.Index != b.Match.Index ? a.Match.Index.CompareTo(b.Match.Index) : a.Order.CompareTo(b.Order));
        var taken = new bool[text.Length];
        var chosen = new List<(DateRule Rule, Match Match)>();
        foreach (var (rule, match, _) in all)
        {
            if (Array.IndexOf(taken, true, match.Index, match.Length) >= 0)
            {
                continue;
            }

            Array.Fill(taken, true, match.Index, match.Length);
            chosen.Add((rule, match));
        }

        chosen.Sort((a, b) => a.Match.Index.CompareTo(b.Match.Index));
        return chosen;
    }

    /// <summary>"the early hours of August 21, 2013": the night part of the day named right after.</summary>
    private static void AttachEarlyHours(Document document, ImmutableArray<TimeExpression>.Builder found, List<DateRule> rules)
    {
        for (var i = 0; i + 1 < found.Count; i++)
        {
            if (rules[i].Name != "early-hours")
            {
                continue;
            }

            var next = found[i + 1];
            var gap = document.Text[found[i].End..next.Start];
            if (gap.Length <= EarlyHoursGap && gap.Trim() == "of" && next.Granularity == "day" && next.Value is { } day)
            {
                found[i] = found[i] with { Value = day + "TNI" };
            }
        }
    }
}
