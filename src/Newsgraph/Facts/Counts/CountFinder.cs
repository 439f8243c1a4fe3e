using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Newsgraph.Facts.Dates;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Text;

namespace Newsgraph.Facts.Counts;

/// <summary>
/// Finds counted quantities: the number (digits, words, ranges, "dozens of"), its qualifier ("more than"), what is
/// counted ("people") and what happened to it ("killed"); money with its currency, percentages, ages and durations.
/// Dates, times, codes ("2013/139"), numbered names ("Kanal 24") and ordinals are not counts.
/// </summary>
public sealed class CountFinder : IComponent
{
    /// <summary>What is counted comes within this many words of the number ("five Turkish opposition citizens").</summary>
    private const int WhatReach = 3;

    /// <summary>An event word this many words from the count still governs it ("killing more than 1,400 people, including no fewer than 426 children").</summary>
    private const int EventReach = 10;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly FrozenDictionary<string, string> Events = LanguageData.Rows("en/count_events.tsv")
        .ToFrozenDictionary(row => row[0], row => row[1], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> WhatWords = LanguageData.Lines("en/count_what.txt")
        .Where(w => !w.StartsWith('!')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NotWhat = LanguageData.Lines("en/count_what.txt")
        .Where(w => w.StartsWith('!')).Select(w => w[1..]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Currencies = LanguageData.Rows("en/currencies.tsv")
        .ToFrozenDictionary(row => row[0], row => row[1], StringComparer.OrdinalIgnoreCase);

    private static readonly string Qualifier = "(?<qual>" + string.Join("|", LanguageData.Lines("en/count_qualifiers.txt")
        .OrderByDescending(q => q.Length).Select(q => Regex.Escape(q).Replace("\\ ", "\\s+", StringComparison.Ordinal))) + ")";

    private static readonly string CurrencySymbol = "(?<cur>" + string.Join("|", Currencies.Keys
        .Where(k => !k.All(char.IsLetter)).OrderByDescending(k => k.Length).Select(Regex.Escape)) + ")";

    private static readonly string CurrencyWord = "(?<curword>" + string.Join("|", Currencies.Keys
        .Where(k => k.All(char.IsLetter)).OrderByDescending(k => k.Length)) + ")";

    private const string Scale = @"(?<scale>million|billion|trillion|bn|mn|m|k)";

    private static readonly Regex Amount = new(
        $@"(?<![\w/.,$€£¥-])(?:{Qualifier}\s+)?(?:(?<between>between)\s+)?{CurrencySymbol}?\s?" +
        $@"(?:(?<num>{NumberWords.Pattern})(?:\s*(?:-|to|and|or)\s*{CurrencySymbol}?(?<high>{NumberWords.Pattern}))?" +
        $@"|(?<vague>dozens|scores|hundreds|thousands|millions|tens)(?:\s+of\s+(?<vscale>thousands|millions))?(?=\s+of\b))" +
        $@"(?:\s*{Scale}\b)?(?:\s*(?<pct>%|percent\b|per\s+cent\b)|\s+{CurrencyWord}\b|(?<age>-year-old|\s+years?\s+old\b)|\s+(?<cents>cents)\b)?(?![\w/]|[.,]\d|-\w)",
        Options);

    private static readonly Regex Aged = new(@"\b(?:aged|age)\s*$", Options);

    public string Name => "counts";

    public IReadOnlyList<Layer> Needs => [Layers.Tokens, Layers.Sentences, Layers.Dates];

    public IReadOnlyList<Layer> Adds => [Layers.Counts];

    public Annotations Run(Document document) => Annotations.Of(Layers.Counts, Find(document));

    public static ImmutableArray<Count> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var normalized = document.Normalized;
        var dates = document.Get(Layers.Dates);
        var counts = new List<Count>();
        foreach (var date in dates.Where(d => d.Type == TimeType.Duration))
        {
            if (DurationCount(document, date) is { } duration)
            {
                counts.Add(duration);
            }
        }

        foreach (Match match in Amount.Matches(normalized.Text))
        {
            var start = normalized.ToOriginal(match.Index);
            var end = normalized.ToOriginal(match.Index + match.Length);
            var span = new TextSpan(start, end);
            if (dates.Any(d => d.Span.Overlaps(span)) || IsName(document, match, start) || Number(match) is not { } number)
            {
                continue;
            }

            counts.Add(Describe(document, match, span, number));
        }

        counts.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. counts];
    }

    private static double? Number(Match match)
    {
        double? value = match.Groups["vague"].Success
            ? NumberWords.Vague(match.Groups["vague"].Value) * (match.Groups["vscale"].Success ? NumberWords.Parse(match.Groups["vscale"].Value.TrimEnd('s')) : 1)
            : NumberWords.Parse(match.Groups["num"].Value);
        if (value is null)
        {
            return null;
        }

        var word = match.Groups["num"].Value.Trim();
        if (word.Equals("one", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return value * ScaleOf(match);
    }

    private static double ScaleOf(Match match) => match.Groups["scale"].Success
        ? match.Groups["scale"].Value.ToLowerInvariant() switch
        {
            "million" or "mn" or "m" => 1e6,
            "billion" or "bn" => 1e9,
            "trillion" => 1e12,
            _ => 1e3,
        }
        : 1;

    /// <summary>A number right after a capitalised word inside a sentence names something ("Kanal 24", "Resolution 2254").</summary>
    private static bool IsName(Document document, Match match, int start)
    {
        if (match.Groups["qual"].Success || match.Groups["cur"].Success || document.Tokens.IsDefaultOrEmpty)
        {
            return false;
        }

        var token = document.TokenAt(start);
        if (token == 0 || token >= document.Tokens.Length)
        {
            return false;
        }

        var sentence = document.Sentences[document.SentenceOfToken(token)];
        if (token - 1 < sentence.FirstToken)
        {
            return false;
        }

        var before = document.Slice(document.Tokens[token - 1]);
        return before.Length > 1 && char.IsUpper(before[0]) && before.Skip(1).Any(char.IsLower) && TimeWords.Month(before) == 0
            && !char.IsLetter(document.Text[start]);
    }

    private static Count Describe(Document document, Match match, TextSpan span, double number)
    {
        var qualifier = match.Groups["qual"].Success ? Regex.Replace(match.Groups["qual"].Value.ToLowerInvariant(), @"\s+", " ") : null;
        if (match.Groups["between"].Success)
        {
            qualifier = "between";
        }

        string? unit = null;
        if (match.Groups["pct"].Success)
        {
            unit = "percent";
        }
        else if (match.Groups["cur"].Success)
        {
            unit = Currencies[match.Groups["cur"].Value];
        }
        else if (match.Groups["curword"].Success)
        {
            unit = Currencies[match.Groups["curword"].Value];
        }
        else if (match.Groups["cents"].Success)
        {
            unit = "USD";
            number /= 100;
        }
        else if (match.Groups["age"].Success || Aged.IsMatch(document.Normalized.Text[..match.Index]))
        {
            unit = "age";
        }

        double? high = match.Groups["high"].Success && NumberWords.Parse(match.Groups["high"].Value) is { } h ? h * ScaleOf(match) : null;
        var end = span.End;
        string? what = null;
        if (unit is null or "age")
        {
            (what, end) = What(document, span.End, end);
        }

        var full = new TextSpan(span.Start, end);
        return new Count(full.Start, full.End, number, qualifier, what, Event(document, full)) { Unit = unit, High = high };
    }

    /// <summary>The counted noun after the number ("people", "citizens"), skipping adjectives; the span grows to cover it.</summary>
    private static (string? What, int End) What(Document document, int from, int end)
    {
        var tokens = document.Tokens;
        var first = document.TokenAt(from);
        if (first < tokens.Length && document.Slice(tokens[first]).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            first++;
        }

        for (var i = first; i < Math.Min(tokens.Length, first + WhatReach); i++)
        {
            var word = document.Slice(tokens[i]);
            if (tokens[i].Kind != TokenKind.Word || NotWhat.Contains(word))
            {
                break;
            }

            if (WhatWords.Contains(word))
            {
                return (word.ToLowerInvariant(), tokens[i].End);
            }
        }

        if (first < tokens.Length && tokens[first].Kind == TokenKind.Word)
        {
            var word = document.Slice(tokens[first]);
            if (char.IsLower(word[0]) && !NotWhat.Contains(word) && !Events.ContainsKey(word) && word.All(c => char.IsLetter(c) || c == '-'))
            {
                return (word, tokens[first].End);
            }
        }

        return (null, end);
    }

    /// <summary>The nearest event word in the count's sentence ("killed", "arrested"), within <see cref="EventReach"/> words.</summary>
    private static string? Event(Document document, TextSpan span)
    {
        if (document.Tokens.IsDefaultOrEmpty)
        {
            return null;
        }

        var first = document.TokenAt(span.Start);
        var last = Math.Max(first, document.TokenAt(span.End) - 1);
        var sentence = document.Sentences[document.SentenceOfToken(Math.Min(first, document.Tokens.Length - 1))];
        string? best = null;
        var bestDistance = int.MaxValue;
        for (var i = Math.Max(sentence.FirstToken, first - EventReach); i < Math.Min(sentence.EndToken, last + EventReach + 1); i++)
        {
            if (i >= first && i <= last && !(i == last && Events.ContainsKey(document.Slice(document.Tokens[i]))))
            {
                continue;
            }

            var distance = i < first ? first - i : i - last;
            if (distance < bestDistance && Events.TryGetValue(document.Slice(document.Tokens[i]), out var ev))
            {
                best = ev;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>A duration as a count: "some 90 minutes" is 90 minutes, qualified by "some".</summary>
    private static Count? DurationCount(Document document, TimeExpression date)
    {
        var match = DurationShape.Match(document.Slice(date.Span));
        if (!match.Success || DateRules.Amount(match.Groups["n"].Value) is not { } amount)
        {
            return null;
        }

        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        unit = unit.EndsWith("ies", StringComparison.Ordinal) ? unit[..^3] + "y" : unit.TrimEnd('s');
        var qualifier = match.Groups["qual"].Success ? Regex.Replace(match.Groups["qual"].Value.ToLowerInvariant(), @"\s+", " ") : null;
        return new Count(date.Start, date.End, amount, qualifier, null, null) { Unit = unit };
    }

    private static readonly Regex DurationShape = new(
        $@"^(?:{Qualifier}\s+)?(?:the\s+)?(?:\w+\s+)??(?<n>{NumberWords.Pattern}|an?)[\s-]+(?:more\s+)?(?<unit>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|quarters?)$",
        Options);
}
