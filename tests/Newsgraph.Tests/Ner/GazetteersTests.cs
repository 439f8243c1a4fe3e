using Newsgraph.Ner;

namespace Newsgraph.Tests.Ner;

public class GazetteersTests
{
    [Fact]
    public void Gazetteer_matching_that_skips_impossible_starts_finds_the_same_entries()
    {
        var gazetteers = NerResources.Default.Gazetteers;
        string[] tokens = ["he", "flew", "from", "new", "york", "to", "buenos", "aires", "and", "paris", "."];
        var alone = tokens.Select(gazetteers.Alone).ToArray();
        Assert.Equal(gazetteers.Match(tokens), gazetteers.Match(tokens, alone));
        Assert.Contains(gazetteers.Match(tokens), mask => mask != 0);
    }
}
