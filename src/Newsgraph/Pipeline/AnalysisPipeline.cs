using System.Collections.Immutable;

namespace Newsgraph.Pipeline;

/// <summary>Components in a fixed order; an order in which a component needs a layer not yet added is rejected.</summary>
public sealed class AnalysisPipeline
{
    public AnalysisPipeline(IEnumerable<IComponent> components)
    {
        Components = [.. components];
        var available = new HashSet<Layer>();
        foreach (var component in Components)
        {
            var missing = component.Needs.Where(layer => !available.Contains(layer)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Component '{component.Name}' needs {string.Join(", ", missing)}, which no earlier component adds.");
            }

            available.UnionWith(component.Adds);
        }
    }

    public ImmutableArray<IComponent> Components { get; }

    public Document Run(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var component in Components)
        {
            var annotations = component.Run(document);
            var unexpected = annotations.Layers.Where(layer => !component.Adds.Contains(layer)).ToList();
            if (unexpected.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Component '{component.Name}' returned {string.Join(", ", unexpected)}, which it does not declare.");
            }

            document = document.With(annotations);
        }

        return document;
    }
}
