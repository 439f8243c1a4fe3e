using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Newsgraph.Text;

namespace Newsgraph.Reading.Html;

/// <summary>
/// Finds the article body of a news page. Furniture goes first (by tag, hidden elements, class words, with wrappers that
/// hold the prose spared); the body is then looked for inside the page's schema.org article markup when it has one; the
/// container that most directly holds the prose wins (Readability's scoring), joined by siblings and repeated sections
/// that hold more of it; its blocks are kept except link lists, headline, datelines and known furniture phrases.
/// Figures cited below are shingle F1 on the 72 pages of ../shared/data/html-extraction-dev (tools/score-html.sh).
/// </summary>
internal static partial class HtmlExtractor
{
    /// <summary>Elements that never hold article text.</summary>
    private static readonly FrozenSet<string> DroppedTags = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "iframe", "svg", "canvas", "button", "input", "select", "textarea", "template",
        "object", "embed", "video", "audio", "nav", "aside", "footer", "figcaption", "figure", "picture", "img",
        "label", "dialog", "menu", "link", "meta", "title", "head",
    ]);

    private static readonly FrozenSet<string> BoilerplateWords =
        LanguageData.Lines("html/boilerplate_classes.txt").Select(w => w.TrimStart('!')).ToFrozenSet();

    private static readonly FrozenSet<string> StrongBoilerplateWords =
        LanguageData.Lines("html/boilerplate_classes.txt").Where(w => w.StartsWith('!')).Select(w => w[1..]).ToFrozenSet();

    private static readonly FrozenSet<string> ContentWords = LanguageData.Set("html/content_classes.txt");

    private static readonly FrozenSet<string> DatelineWords = LanguageData.Set("html/dateline_words.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly IReadOnlyList<string> BoilerplatePhrases = LanguageData.Lines("html/boilerplate_phrases.txt");

    /// <summary>Blocks at least this long count as prose: shorter ones are mostly datelines, labels and menu entries (F1 0.978 from 60 to 110).</summary>
    private const int ProseChars = 80;

    /// <summary>A block ending a sentence counts as prose from this length on (short one-sentence paragraphs are common in news).</summary>
    private const int SentenceChars = 30;

    /// <summary>Above this share of link text a block is navigation, not prose (0.4 costs recall, F1 0.977; 0.6 precision, 0.977).</summary>
    private const double MaxLinkDensity = 0.5;

    /// <summary>Ancestors a paragraph credits (Readability's choice): far enough to join paragraphs split into nested wrappers.</summary>
    private const int CreditLevels = 3;

    /// <summary>A sibling of the best container is body too when it holds this share of its prose (Readability's 0.2; 0.1 to 0.35 all give 0.978).</summary>
    private const double SiblingShare = 0.2;

    /// <summary>... and at least this much prose: one short teaser beside a short article is not part of it.</summary>
    private const int SiblingMinChars = 200;

    /// <summary>Containers scoring this share of the best one are alternatives to it (Readability's 0.75).</summary>
    private const double AlternativeShare = 0.75;

    /// <summary>So many alternatives make their common ancestor the body (Readability's 3).</summary>
    private const int MinAlternatives = 3;

    /// <summary>How far above the body repeated sections are looked for: the dev pages nest them up to two wrappers deep.</summary>
    private const int RepeatLevels = 3;

    /// <summary>A marked article element holding less prose than this is a summary or a stub, not the body (the markup lifted F1 0.973 to 0.978).</summary>
    private const int MarkedMinChars = 200;

    /// <summary>Tags that hold a paragraph's text themselves: they credit the element around them.</summary>
    private static readonly FrozenSet<string> ParagraphTags = FrozenSet.ToFrozenSet(
        ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dd", "dt", "td", "th", "br"]);

    /// <summary>
    /// An element with furniture class words holding this share of the page's prose is a wrapper, not furniture: on the dev
    /// pages share bars, ads and related links hold none, while misnamed wrappers hold nearly all of it (0.2 gives F1 0.976, 0.3 to 0.5 give 0.978).
    /// </summary>
    private const double FurnitureMaxProseShare = 0.3;

    /// <summary>Longest dateline: "Updated: Wednesday, November 20, 2019 at 10:45 a.m. EST" is 54 characters.</summary>
    private const int DatelineChars = 60;

    /// <summary>A furniture phrase only marks a block this short (a Reuters credit line runs to 180): longer ones are prose that happen to start with it.</summary>
    private const int PhraseBlockChars = 200;

    public static string Extract(IElement root, string? title = null)
    {
        Clean(root);
        var blocks = HtmlText.Blocks(root);
        if (blocks.Count == 0)
        {
            return "";
        }

        var containers = BestContainers(Marked(root, blocks) is { } marked ? blocks.Where(b => Contains(marked, b.Element)).ToList() : blocks);
        if (containers.Count == 0)
        {
            containers.Add(root);
        }

        var kept = new List<TextBlock>();
        foreach (var block in blocks)
        {
            if (containers.Any(c => Contains(c, block.Element)) && Keep(block) && !IsHeadline(block, title) && !IsDateline(block))
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
        Remove(root.Descendants<IElement>().Where(e => DroppedTags.Contains(e.LocalName) || IsHidden(e)).ToList());

        // Class words also mark wrappers ("m-advertisement-off-canvas--pusher", "pg-side-of-rail"): one that holds much of the prose is kept.
        var prose = new Dictionary<IElement, int>();
        foreach (var block in HtmlText.Blocks(root))
        {
            if (block.LinkDensity <= MaxLinkDensity && IsProse(block))
            {
                for (var e = block.Element; e is not null; e = e.ParentElement)
                {
                    prose[e] = prose.GetValueOrDefault(e) + block.Text.Length;
                }
            }
        }

        var total = prose.GetValueOrDefault(root);
        Remove(root.Descendants<IElement>().Where(e => IsFurniture(e) is { } strong && (strong || prose.GetValueOrDefault(e) < FurnitureMaxProseShare * total)).ToList());
    }

    private static void Remove(List<IElement> elements)
    {
        foreach (var element in elements)
        {
            element.Remove();
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    /// <summary>Null when the class words do not mark furniture, else whether they mark it strongly (a word never used for wrappers).</summary>
    private static bool? IsFurniture(IElement element)
    {
        if (element.LocalName is "body" or "html" or "article" or "main")
        {
            return null;
        }

        // Forms are search boxes and sign-ups, but ASP.NET pages wrap everything in one; aria-hidden marks decoration,
        // but also the whole page while a consent dialog is open. Both are furniture only when they hold little prose.
        if (element.LocalName == "form" || element.GetAttribute("aria-hidden") == "true")
        {
            return false;
        }

        bool? furniture = null;
        foreach (var word in ClassWords(element))
        {
            if (ContentWords.Contains(word))
            {
                return null;
            }

            if (BoilerplateWords.Contains(word))
            {
                furniture = furniture == true || StrongBoilerplateWords.Contains(word);
            }
        }

        // Embedded posts are classed blockquotes (twitter-tweet, instagram-media) in "social" wrappers: quoted material of the article.
        return furniture is not null && element.Descendants<IElement>().Any(e => e.LocalName == "blockquote" && e.HasAttribute("class")) ? null : furniture;
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

    /// <summary>
    /// The body: the element that most directly holds the page's prose (Readability's rule: a paragraph credits its
    /// container fully, the next two ancestors a half and a third, discounted by link share), with those of its siblings
    /// that hold comparable prose (articles split by ad slots).
    /// </summary>
    private static List<IElement> BestContainers(List<TextBlock> blocks)
    {
        var credit = new Dictionary<IElement, double>();
        var prose = new Dictionary<IElement, double>();
        var text = new Dictionary<IElement, (double All, double Links)>();
        foreach (var block in blocks)
        {
            for (var e = block.Element; e is not null; e = e.ParentElement)
            {
                var (all, links) = text.GetValueOrDefault(e);
                text[e] = (all + block.Text.Length, links + block.LinkChars);
            }

            if (block.LinkDensity > MaxLinkDensity || !IsProse(block))
            {
                continue;
            }

            var chars = block.Text.Length - block.LinkChars;
            for (var e = block.Element; e is not null; e = e.ParentElement)
            {
                prose[e] = prose.GetValueOrDefault(e) + chars;
            }

            var container = ParagraphTags.Contains(block.Element.LocalName) ? block.Element.ParentElement : block.Element;
            for (var level = 1; container is not null && level <= CreditLevels; level++, container = container.ParentElement)
            {
                credit[container] = credit.GetValueOrDefault(container) + (chars / (double)level);
            }
        }

        var scores = new Dictionary<IElement, double>();
        IElement? top = null;
        var topScore = 0.0;
        foreach (var (element, score) in credit)
        {
            var (all, links) = text[element];
            var discounted = score * (1 - (links / Math.Max(1, all)));
            scores[element] = discounted;
            if (discounted > topScore)
            {
                top = element;
                topScore = discounted;
            }
        }

        // Readability's rule for bodies cut into parallel sections (nytimes.com, cnn.com on the dev pages): when several
        // containers score close to the best one, the body is their common ancestor.
        var alternatives = scores.Where(p => p.Key != top && p.Value >= AlternativeShare * topScore).Select(p => p.Key).ToList();
        if (top is not null && alternatives.Count >= MinAlternatives)
        {
            for (var ancestor = top.ParentElement; ancestor is not null && ancestor.LocalName != "body"; ancestor = ancestor.ParentElement)
            {
                if (alternatives.Count(a => Contains(ancestor, a)) >= MinAlternatives)
                {
                    top = ancestor;
                    break;
                }
            }
        }

        if (top?.ParentElement is not { } parent)
        {
            return top is null ? [] : [top];
        }

        var minimum = Math.Max(SiblingMinChars, SiblingShare * prose.GetValueOrDefault(top));
        var kept = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top || (prose.GetValueOrDefault(sibling) >= minimum && !IsTeaser(sibling, blocks)))
            {
                kept.Add(sibling);
            }
        }

        // Bodies cut into repeated sections (nytimes.com "StoryBodyCompanionColumn", wired.com "article__body" on the dev
        // pages): a sibling of the body or of one of its near ancestors with the same tag and class holds more of it.
        var section = top;
        for (var level = 0; level < RepeatLevels && section.ParentElement is { } above; level++, section = above)
        {
            if (string.IsNullOrWhiteSpace(section.ClassName))
            {
                continue;
            }

            foreach (var sibling in above.Children)
            {
                if (sibling != section && sibling.LocalName == section.LocalName && sibling.ClassName == section.ClassName &&
                    prose.GetValueOrDefault(sibling) > 0 && !IsTeaser(sibling, blocks) && !kept.Any(k => Contains(k, sibling)))
                {
                    kept.Add(sibling);
                }
            }
        }

        return kept;
    }

    /// <summary>
    /// The element the page marks as its article with schema.org microdata (itemprop=articleBody, else an Article or
    /// BlogPosting item) when there is exactly one and it holds prose: the body is looked for inside it only.
    /// </summary>
    private static IElement? Marked(IElement root, List<TextBlock> blocks)
    {
        var marked = root.Descendants<IElement>().Where(e => e.GetAttribute("itemprop") == "articleBody").ToList();
        if (marked.Count != 1)
        {
            marked = root.Descendants<IElement>().Where(e => e.GetAttribute("itemtype") is { } type && ArticleType().IsMatch(type)).ToList();
        }

        if (marked.Count != 1)
        {
            return null;
        }

        var prose = blocks.Where(b => Contains(marked[0], b.Element) && b.LinkDensity <= MaxLinkDensity && IsProse(b)).Sum(b => b.Text.Length);
        return prose >= MarkedMinChars ? marked[0] : null;
    }

    /// <summary>A card of another article (its linked headline, then its summary): next-article and "you may like" lists.</summary>
    private static bool IsTeaser(IElement element, List<TextBlock> blocks)
    {
        var first = blocks.FirstOrDefault(b => Contains(element, b.Element));
        return first is not null && first.IsHeading && first.LinkDensity > MaxLinkDensity;
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

    /// <summary>The page's headline repeated above the body: the title field holds it, the body must not.</summary>
    private static bool IsHeadline(TextBlock block, string? title) =>
        block.Element.LocalName == "h1" || (title is not null && Squeeze(block.Text) == Squeeze(title));

    /// <summary>A short line of a date and time and nothing else ("November 19, 2019 at 5:10 pm").</summary>
    private static bool IsDateline(TextBlock block)
    {
        if (block.Text.Length > DatelineChars || !block.Text.Any(char.IsDigit))
        {
            return false;
        }

        var words = 0;
        foreach (Match word in Word().Matches(block.Text))
        {
            if (!word.Value.All(char.IsDigit))
            {
                if (!DatelineWords.Contains(word.Value))
                {
                    return false;
                }

                words++;
            }
        }

        // Numbers alone are table cells, scores and counts, which a body keeps.
        return words > 0;
    }

    private static string Squeeze(string text) => string.Concat(Word().Matches(text).Select(m => m.Value)).ToLowerInvariant();

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

    [GeneratedRegex(@"schema\.org/(News|Blog|Report|Scholarly|Tech)?(Article|Posting)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleType();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"\w+(\.\w)?")]
    private static partial Regex Word();

    [GeneratedRegex("[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")]
    private static partial Regex ClassWord();
}
