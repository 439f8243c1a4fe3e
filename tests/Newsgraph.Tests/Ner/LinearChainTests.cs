using Newsgraph.Ner;

namespace Newsgraph.Tests.Ner;

public class LinearChainTests
{
    /// <summary>
    /// The tagger sums cached per-word weights for the features that read one token alone; the labels must be exactly
    /// those of scoring every feature, in both passes, including words seen first in another role or case.
    /// </summary>
    [Fact]
    public void Cached_word_scores_give_the_labels_of_the_full_feature_list()
    {
        var model = NerModel.Default;
        var view = NerResources.Default.View(
        [
            ["German", "Chancellor", "Angela", "Merkel", "met", "Kerry", "in", "Berlin", "."],
            ["KERRY", "AND", "MERKEL", "MEET", "IN", "BERLIN"],
            ["Kerry", "Says", "Moscow", "And", "Washington", "Agree", "On", "Syria"],
            ["Bayern", "Munich", "3", "Werder", "Bremen", "1"],
        ]);
        var features = new List<ulong>();
        var starts = new List<int>();
        var first = new int[view.Sentences.Count][];
        for (var s = 0; s < view.Sentences.Count; s++)
        {
            FeatureExtractor.Extract(view, s, null, features, starts);
            first[s] = model.First.Tag(features, starts);
            FeatureExtractor.Extract(view, s, null, features, starts, withWordFeatures: false);
            Assert.Equal(first[s], model.First.Tag(features, starts, view, s));
        }

        var stats = new DocumentStats(view, first);
        for (var s = 0; s < view.Sentences.Count; s++)
        {
            FeatureExtractor.Extract(view, s, stats, features, starts);
            var full = model.Second.Tag(features, starts);
            FeatureExtractor.Extract(view, s, stats, features, starts, withWordFeatures: false);
            Assert.Equal(full, model.Second.Tag(features, starts, view, s));
        }

        Assert.Contains(first[0], label => label != NerLabels.Outside);
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
