namespace Newsgraph.Output;

/// <summary>Turns UTF-16 indices into the code-point offsets CONTRACT.md promises (they differ only after astral characters).</summary>
internal sealed class CodePointMap
{
    private readonly int[]? _surrogatesBefore;

    public CodePointMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('\uDC00', '\uDFFF'))
        {
            return;
        }

        _surrogatesBefore = new int[text.Length + 1];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            _surrogatesBefore[i] = count;
            if (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                count++;
            }
        }

        _surrogatesBefore[text.Length] = count;
    }

    public int ToCodePoint(int utf16Index) => _surrogatesBefore is null ? utf16Index : utf16Index - _surrogatesBefore[utf16Index];
}
