namespace Newsgraph.Pipeline;

/// <summary>
/// One step of analysis. It reads the document and returns what it found; it never changes the document.
/// </summary>
public interface IComponent
{
    string Name { get; }

    IReadOnlyList<Layer> Needs { get; }

    IReadOnlyList<Layer> Adds { get; }

    Annotations Run(Document document);
}
