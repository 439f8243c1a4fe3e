using System.Text;
using AngleSharp.Dom;

namespace Newsgraph.Reading.Html;

/// <summary>A run of text between two block boundaries of a page, with the element that holds it and how much of it is link text.</summary>
internal sealed record TextBlock(IElement Element, string Text, int LinkChars, bool IsHeading, bool IsListItem)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}

/// <summary>Cuts a page (or part of it) into text blocks the way a browser lays it out: block elements break, inline ones flow.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> BlockTags =
    [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul", "br", "caption", "menu", "noscript", "option", "select",
    ];

    private static readonly HashSet<string> Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    public static bool IsBlock(IElement element) => BlockTags.Contains(element.LocalName);

    public static List<TextBlock> Blocks(IElement root)
    {
        var blocks = new List<TextBlock>();
        var builder = new BlockBuilder(blocks);
        builder.Start(root);
        Walk(root, builder, inLink: false, inPre: false);
        builder.Flush();
        return blocks;
    }

    /// <summary>The blocks joined as paragraphs separated by blank lines, which ParagraphFinder splits on.</summary>
    public static string Join(IEnumerable<TextBlock> blocks) => string.Join("\n\n", blocks.Select(b => b.Text));

    private static void Walk(INode node, BlockBuilder builder, bool inLink, bool inPre)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data, inLink, inPre);
            }
            else if (child is IElement element)
            {
                var block = IsBlock(element);
                if (block)
                {
                    builder.Flush();
                    builder.Start(element);
                }

                Walk(element, builder, inLink || element.LocalName == "a", inPre || element.LocalName == "pre");
                if (block)
                {
                    builder.Flush();
                    builder.Start(element.ParentElement ?? element);
                }
            }
        }
    }

    private sealed class BlockBuilder(List<TextBlock> blocks)
    {
        private readonly StringBuilder _text = new();
        private int _linkChars;
        private IElement? _element;
        private bool _space;

        public void Start(IElement element) => _element = element;

        public void Append(string data, bool inLink, bool inPre)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c) && !(inPre && c == '\n'))
                {
                    _space = _text.Length > 0;
                    continue;
                }

                if (c == '\n')
                {
                    _text.Append('\n');
                    _space = false;
                    continue;
                }

                if (_space)
                {
                    _text.Append(' ');
                    _space = false;
                }

                _text.Append(c);
                if (inLink)
                {
                    _linkChars++;
                }
            }
        }

        public void Flush()
        {
            if (_text.Length > 0 && _element is not null)
            {
                var element = _element;
                var heading = Headings.Contains(element.LocalName);
                var item = element.LocalName is "li" or "dd" or "dt";
                blocks.Add(new TextBlock(element, _text.ToString().Trim(), _linkChars, heading, item));
            }

            _text.Clear();
            _linkChars = 0;
            _space = false;
        }
    }
}
