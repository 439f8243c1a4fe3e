using Newsgraph.Ner;

namespace Newsgraph.Tests.Ner;

/// <summary>Hand-made word classes and name lists, so that tests do not depend on the shipped data.</summary>
internal static class TinyResources
{
    public static NerResources Create()
    {
        var clusters = WordClusters.Parse(["Moscow\t50\t1\t3\t7", "Paris\t40\t1\t3\t7", "said\t90\t2\t5\t9", "Kerry\t20\t3\t6\t11"]);
        var gazetteers = Gazetteers.Build([["New York City", "Moscow", "Paris"], ["Russia"], [], ["Russian"], ["John"]]);
        var vectors = new WordVectors(["moscow", "paris", "said"], [10, -3, 5, 12, -2, 4, -7, 9, 1], 3, 0.1f);
        return new NerResources(clusters, gazetteers, vectors, "tiny");
    }
}
