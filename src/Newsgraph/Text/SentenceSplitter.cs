using System.Collections.Immutable;
using Newsgraph.Model;
using Newsgraph.Pipeline;

namespace Newsgraph.Text;

/// <summary>
/// Splits each paragraph into sentences at . ! ? (closing quotes and brackets stay with the sentence they end),
/// when what follows starts like a sentence; abbreviations end a sentence only before a typical sentence opener.
/// </summary>
public sealed class SentenceSplitter : IComponent
{
    private static readonly Lazy<HashSet<string>> Openers = new(() =>
        new HashSet<string>(LanguageData.Lines("en/sentence_openers.txt"), StringComparer.Ordinal));

    public string Name => "sentences";

    public IReadOnlyList<Layer> Needs => [Layers.Tokens, Layers.Paragraphs];

    public IReadOnlyList<Layer> Adds => [Layers.Sentences];

    public Annotations Run(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Annotations.Of(Layers.Sentences, Split(document.Text, document.Tokens, document.Paragraphs));
    }

    public static ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens, ImmutableArray<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var t = 0;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            while (t < tokens.Length && tokens[t].Start < paragraph.Start)
            {
                t++;
            }

            var end = t;
            while (end < tokens.Length && tokens[end].End <= paragraph.End)
            {
                end++;
            }

            var first = t;
            for (var k = t; k < end; k++)
            {
                if (!EndsSentence(text, tokens, k, end))
                {
                    continue;
                }

                var last = k + 1;
                while (last < end && IsCloser(text, tokens, last))
                {
                    last++;
                }

                if (last < end && !StartsSentence(text, tokens[last]))
                {
                    continue;
                }

                sentences.Add(new Sentence(tokens[first].Start, tokens[last - 1].End, first, last, p));
                first = last;
                k = last - 1;
            }

            if (first < end)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[end - 1].End, first, end, p));
            }

            t = end;
        }

        return sentences.ToImmutable();
    }

    private static bool EndsSentence(string text, ImmutableArray<Token> tokens, int k, int end)
    {
        var token = tokens[k];
        var span = text.AsSpan(token.Start, token.End - token.Start);
        if (token.Kind == TokenKind.Punctuation)
        {
            return span is "." or "!" or "?" or "\u2026" || span.StartsWith("...") || (span.Length > 0 && span[0] is '!' or '?');
        }

        if (token.Kind != TokenKind.Word || span.Length < 2 || span[^1] != '.')
        {
            return false;
        }

        if (Abbreviations.NeverEndsSentence(span) || k + 1 >= end)
        {
            return k + 1 >= end;
        }

        var next = tokens[k + 1];
        return Openers.Value.Contains(text[next.Start..next.End]);
    }

    private static bool IsCloser(string text, ImmutableArray<Token> tokens, int k)
    {
        var token = tokens[k];
        var c = text[token.Start];
        if (c is ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB')
        {
            return true;
        }

        // A straight quote closes when it touches the previous token and not the next.
        return c is '"' or '\'' && tokens[k - 1].End == token.Start
            && (k + 1 >= tokens.Length || tokens[k + 1].Start > token.End);
    }

    private static bool StartsSentence(string text, Token token)
    {
        var c = text[token.Start];
        return char.IsUpper(c) || char.IsDigit(c) || token.Kind is TokenKind.QuoteMark or TokenKind.Bullet or TokenKind.Dash
            || c is '(' or '[' || (!char.IsLetter(c) && token.Kind != TokenKind.Punctuation);
    }
}
