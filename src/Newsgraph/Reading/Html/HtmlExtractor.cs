using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Newsgraph.Text;

namespace Newsgraph.Reading.Html;

/// <summary>
/// Finds the article body of a news page: page furniture is dropped (by tag, by class words, hidden elements), text
/// blocks are weighed (long prose counts for, link lists and short fragments against), the element whose blocks weigh
/// most is the body, and its blocks are kept except links-only lines and known furniture phrases.
/// Figures cited below are from the 72 pages of ../shared/data/html-extraction-dev.
/// </summary>
internal static partial class HtmlExtractor
{
    /// <summary>Elements that never hold article text.</summary>
    private static readonly FrozenSet<string> DroppedTags = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "iframe", "svg", "canvas", "button", "input", "select", "textarea", "template",
        "object", "embed", "video", "audio", "nav", "aside", "footer", "figcaption", "figure", "picture", "img", "form",
        "label", "dialog", "menu", "link", "meta", "title", "head",
    ]);

    private static readonly FrozenSet<string> BoilerplateWords = LanguageData.Set("html/boilerplate_classes.txt");

    private static readonly FrozenSet<string> ContentWords = LanguageData.Set("html/content_classes.txt");

    private static readonly IReadOnlyList<string> BoilerplatePhrases = LanguageData.Lines("html/boilerplate_phrases.txt");

    /// <summary>Blocks at least this long count as prose: shorter ones are mostly datelines, labels and menu entries.</summary>
    private const int ProseChars = 80;

    /// <summary>A block ending a sentence counts as prose from this length on (short one-sentence paragraphs are common in news).</summary>
    private const int SentenceChars = 30;

    /// <summary>Above this share of link text a block is navigation, not prose.</summary>
    private const double MaxLinkDensity = 0.5;

    /// <summary>How much a link-heavy block weighs against its container, per character, relative to prose for it.</summary>
    private const double LinkPenalty = 0.6;

    /// <summary>How much a short fragment weighs against its container, per character.</summary>
    private const double FragmentPenalty = 0.3;

    /// <summary>A furniture phrase only marks a block this short: longer ones are prose that happen to start with it.</summary>
    private const int PhraseBlockChars = 120;

    public static string Extract(IElement root)
    {
        Clean(root);
        var blocks = HtmlText.Blocks(root);
        if (blocks.Count == 0)
        {
            return "";
        }

        var body = BestContainer(blocks) ?? root;
        var kept = new List<TextBlock>();
        foreach (var block in blocks)
        {
            if (Contains(body, block.Element) && Keep(block))
            {
                kept.Add(block);
            }
        }

        return HtmlText.Join(kept);
    }

    /// <summary>The text of an HTML fragment already known to be article content (a feed item's body): furniture dropped, nothing scored.</summary>
    public static string FragmentText(IElement root)
    {
        Clean(root);
        return HtmlText.Join(HtmlText.Blocks(root).Where(Keep));
    }

    private static void Clean(IElement root)
    {
        var doomed = new List<IElement>();
        foreach (var element in root.Descendants<IElement>())
        {
            if (DroppedTags.Contains(element.LocalName) || IsHidden(element) || IsFurniture(element))
            {
                doomed.Add(element);
            }
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    private static bool IsFurniture(IElement element)
    {
        if (element.LocalName is "body" or "html" or "article" or "main")
        {
            return false;
        }

        var words = ClassWords(element);
        if (words.Count == 0)
        {
            return false;
        }

        var furniture = false;
        foreach (var word in words)
        {
            if (ContentWords.Contains(word))
            {
                return false;
            }

            furniture |= BoilerplateWords.Contains(word);
        }

        return furniture;
    }

    private static List<string> ClassWords(IElement element)
    {
        var words = new List<string>();
        foreach (var value in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            foreach (Match m in ClassWord().Matches(value))
            {
                words.Add(m.Value.ToLowerInvariant());
            }
        }

        return words;
    }

    /// <summary>The element whose blocks weigh most: prose for, links and fragments against; the deepest wins a tie.</summary>
    private static IElement? BestContainer(List<TextBlock> blocks)
    {
        var weights = new Dictionary<IElement, double>();
        foreach (var block in blocks)
        {
            var weight = Weight(block);
            for (var e = block.Element; e is not null; e = e.ParentElement)
            {
                weights[e] = weights.GetValueOrDefault(e) + weight;
            }
        }

        IElement? best = null;
        var bestWeight = 0.0;
        var bestDepth = -1;
        foreach (var (element, weight) in weights)
        {
            var depth = Depth(element);
            if (weight > bestWeight || (weight == bestWeight && depth > bestDepth))
            {
                best = element;
                bestWeight = weight;
                bestDepth = depth;
            }
        }

        return best;
    }

    private static double Weight(TextBlock block)
    {
        var length = block.Text.Length;
        if (block.LinkDensity > MaxLinkDensity)
        {
            return -LinkPenalty * length;
        }

        if (IsProse(block))
        {
            return length - block.LinkChars;
        }

        return -FragmentPenalty * length;
    }

    private static bool IsProse(TextBlock block) =>
        block.Text.Length >= ProseChars || (block.Text.Length >= SentenceChars && EndsSentence(block.Text));

    private static bool EndsSentence(string text) => text[^1] is '.' or '!' or '?' or '"' or '\u201D' or ':';

    private static bool Keep(TextBlock block)
    {
        if (block.LinkDensity > MaxLinkDensity)
        {
            return false;
        }

        if (block.Text.Length <= PhraseBlockChars)
        {
            foreach (var phrase in BoilerplatePhrases)
            {
                if (block.Text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Contains(IElement ancestor, IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static int Depth(IElement element)
    {
        var depth = 0;
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            depth++;
        }

        return depth;
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex("[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")]
    private static partial Regex ClassWord();
}
