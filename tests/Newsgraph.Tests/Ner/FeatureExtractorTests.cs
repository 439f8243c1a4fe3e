using Newsgraph.Ner;

namespace Newsgraph.Tests.Ner;

public class FeatureExtractorTests
{
    [Theory]
    [InlineData("McDonald", "XxXx")]
    [InlineData("1996-08-22", "d-d-d")]
    [InlineData("U.S.", "X.X.")]
    [InlineData("reports", "x")]
    public void Shapes_collapse_runs_of_one_class(string word, string shape) => Assert.Equal(shape, WordShape.Short(word));

    [Fact]
    public void Headline_capitalisation_is_recognised()
    {
        var view = TinyResources.Create().View(
        [
            ["GERMANY", "BEAT", "ENGLAND", "IN", "FINAL"],
            ["Kerry", "Says", "Washington", "And", "Moscow", "Agree"],
            ["Kerry", "met", "Lavrov", "in", "Moscow", "."],
        ]);
        Assert.Equal([SentenceCase.AllCaps, SentenceCase.Title, SentenceCase.Normal], view.Case);
    }

    [Fact]
    public void Gazetteer_matches_mark_every_token_of_the_longest_entry()
    {
        var view = TinyResources.Create().View([["He", "flew", "to", "new", "york", "city", "."]]);
        var cities = Array.IndexOf(Gazetteers.ListNames, "cities");
        byte MaskOf(int token) => view.GazetteerMasks[0][token * Gazetteers.ListNames.Length + cities];
        Assert.Equal([0, 0, 0, 1, 2, 4, 0], Enumerable.Range(0, 7).Select(MaskOf).Select(m => (int)m));
    }

    [Fact]
    public void The_second_pass_sees_labels_given_to_the_word_elsewhere_in_the_document()
    {
        var view = TinyResources.Create().View([["Kerry", "spoke", "."], ["KERRY", "WINS", "AGAIN"]]);
        var features = new List<ulong>();
        var starts = new List<int>();
        FeatureExtractor.Extract(view, 1, null, features, starts);
        var local = features.Count;

        var perUnit = NerLabels.FromBio(["B-PER"])[0];
        var stats = new DocumentStats(view, [[perUnit, 0, 0], [0, 0, 0]]);
        FeatureExtractor.Extract(view, 1, stats, features, starts);
        var withDocument = features.ToList();
        Assert.True(withDocument.Count > local);

        var otherStats = new DocumentStats(view, [[0, 0, 0], [0, 0, 0]]);
        FeatureExtractor.Extract(view, 1, otherStats, features, starts);
        Assert.NotEqual(withDocument[starts[0]..starts[1]], features[starts[0]..starts[1]]);
    }
}
