namespace Newsgraph.Ner;

/// <summary>Word shapes: upper-case letters as X, lower-case as x, digits as d, other characters as themselves.</summary>
internal static class WordShape
{
    /// <summary>The shape with runs of one class collapsed: "McDonald" is XxXx, "1996-08-22" is d-d-d.</summary>
    public static string Short(string word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 64)];
        var length = 0;
        foreach (var c in word)
        {
            var k = Class(c);
            if (length > 0 && buffer[length - 1] == k)
            {
                continue;
            }

            if (length == buffer.Length)
            {
                break;
            }

            buffer[length++] = k;
        }

        return new string(buffer[..length]);
    }

    private static char Class(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
}
