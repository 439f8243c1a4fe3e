using System.Collections.Immutable;

namespace Newsgraph.Pipeline;

/// <summary>What one component computed: items for one or more layers, attached to the document by the pipeline.</summary>
public sealed class Annotations
{
    private readonly ImmutableDictionary<Layer, object>.Builder _items = ImmutableDictionary.CreateBuilder<Layer, object>();

    public Annotations Add<T>(Layer<T> layer, ImmutableArray<T> items)
    {
        _items[layer] = items;
        return this;
    }

    internal IEnumerable<KeyValuePair<Layer, object>> Items => _items;

    internal IEnumerable<Layer> Layers => _items.Keys;

    public static Annotations Of<T>(Layer<T> layer, ImmutableArray<T> items) => new Annotations().Add(layer, items);
}
