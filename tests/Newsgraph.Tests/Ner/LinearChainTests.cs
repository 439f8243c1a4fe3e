using Newsgraph.Ner;

namespace Newsgraph.Tests.Ner;

public class LinearChainTests
{
    /// <summary>
    /// The decoder reuses the first pass's feature slots in the second and sums cached per-word weights for the features
    /// that read one token alone; its labels must be exactly those of scoring every feature of each pass, including
    /// words seen first in another role or case.
    /// </summary>
    [Fact]
    public void The_decoder_gives_the_labels_of_the_full_feature_lists()
    {
        var model = NerModel.Default;
        var view = NerResources.Default.View(
        [
            ["German", "Chancellor", "Angela", "Merkel", "met", "Kerry", "in", "Berlin", "."],
            ["KERRY", "AND", "MERKEL", "MEET", "IN", "BERLIN"],
            ["Kerry", "Says", "Moscow", "And", "Washington", "Agree", "On", "Syria"],
            ["Bayern", "Munich", "3", "Werder", "Bremen", "1"],
            ["Merkel", "and", "Kerry", "spoke", "in", "Berlin", "."],
        ]);
        var features = new List<ulong>();
        var starts = new List<int>();
        var first = new int[view.Sentences.Count][];
        for (var s = 0; s < view.Sentences.Count; s++)
        {
            FeatureExtractor.Extract(view, s, null, features, starts);
            first[s] = model.First.Tag(features, starts);
        }

        var stats = new DocumentStats(view, first);
        var second = new int[view.Sentences.Count][];
        for (var s = 0; s < view.Sentences.Count; s++)
        {
            FeatureExtractor.Extract(view, s, stats, features, starts);
            second[s] = model.Second.Tag(features, starts);
        }

        Assert.Equal(second, model.Tag(view));
        Assert.Equal(second, model.Tag(view));
        Assert.Contains(second[0], label => label != NerLabels.Outside);
    }

    [Fact]
    public void Gazetteer_matching_that_skips_impossible_starts_finds_the_same_entries()
    {
        var gazetteers = NerResources.Default.Gazetteers;
        string[] tokens = ["he", "flew", "from", "new", "york", "to", "buenos", "aires", "and", "paris", "."];
        var mayStart = tokens.Select(gazetteers.MayStart).ToArray();
        Assert.Equal(gazetteers.Match(tokens), gazetteers.Match(tokens, mayStart));
        Assert.Contains(gazetteers.Match(tokens), mask => mask != 0);
    }
}
