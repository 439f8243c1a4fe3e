using System.Diagnostics.CodeAnalysis;

namespace Newsgraph.Reading;

/// <summary>
/// One article read from an input, or the reason one item of it (a feed item, a WARC record, a JSON line) could not be read.
/// Inputs holding many articles yield one result per item, so a bad item is reported and the rest still read.
/// </summary>
public sealed class ReadResult
{
    private ReadResult(Document? document, InputException? error)
    {
        Document = document;
        Error = error;
    }

    public Document? Document { get; }

    /// <summary>Names the input and the item (<c>crawl.warc.gz, record 7</c>) and says what is wrong with it.</summary>
    public InputException? Error { get; }

    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Document is not null;

    public static ReadResult Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document, null);
    }

    public static ReadResult Failed(InputException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(null, error);
    }

    public override string ToString() => Succeeded ? $"article from {Document.Info.Origin}" : Error.Message;
}
