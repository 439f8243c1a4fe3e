using Newsgraph.Ner;

namespace Newsgraph.Tests.Ner;

public class NerDecoderTests
{
    /// <summary>
    /// The decoder reuses the first pass's feature slots in the second and sums cached per-word weights for the features
    /// and vector of one token alone; its labels must be exactly those of scoring every feature and vector of each pass,
    /// including words seen first in another role or case.
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
            first[s] = model.First.Tag(features, starts, view.VectorRows[s], Groups(view, s), view.Resources.Vectors);
        }

        var stats = new DocumentStats(view, first);
        var second = new int[view.Sentences.Count][];
        for (var s = 0; s < view.Sentences.Count; s++)
        {
            FeatureExtractor.Extract(view, s, stats, features, starts);
            second[s] = model.Second.Tag(features, starts, view.VectorRows[s], Groups(view, s), view.Resources.Vectors);
        }

        Assert.Equal(second, model.Tag(view));
        Assert.Equal(second, model.Tag(view));
        Assert.Contains(second[0], label => label != NerLabels.Outside);
    }

    private static int[] Groups(DocumentView view, int s) =>
        [.. Enumerable.Range(0, view.Words[s].Length).Select(i => FeatureExtractor.VectorGroup(view, s, i))];

    /// <summary>Ingest tags articles on several threads with one model: its shared word caches must not mix them up.</summary>
    [Fact]
    public void Threads_tagging_at_once_get_the_labels_of_one_thread()
    {
        var model = NerModel.Default;
        var resources = NerResources.Default;
        string[][] document = [["Kerry", "met", "Lavrov", "in", "Moscow", "."], ["Lavrov", "said", "Russia", "agreed", "."]];
        var expected = model.Tag(resources.View(document));
        var results = new int[64][][];
        Parallel.For(0, results.Length, k => results[k] = model.Tag(resources.View(document)));
        Assert.All(results, labels => Assert.Equal(expected, labels));
    }

    [Fact]
    public void One_table_gives_each_pass_its_own_weights_and_zeros_where_a_pass_lacks_a_feature()
    {
        const int L = NerLabels.Count;
        short[] Row(short first) => [.. Enumerable.Range(0, L).Select(l => (short)(first + l))];
        var first = new LinearChain([10, 20], [.. Row(1), .. Row(100)], 1, new float[L * L], []);
        var second = new LinearChain([20, 30], [.. Row(-50), .. Row(7)], 1, new float[L * L], []);
        var table = new WeightTable([first, second]);
        int[] rows = new int[4];
        table.Find([10, 20, 30, 40], rows);
        Assert.Equal(-1, rows[3]);

        var sums = new int[2 * L];
        table.AddRows(0, rows, [0, 2, 4], sums);
        Assert.Equal([.. Enumerable.Range(0, L).Select(l => 101 + (2 * l))], sums[..L]);
        Assert.Equal([.. Enumerable.Repeat(0, L)], sums[L..]);

        Array.Clear(sums);
        table.AddRows(1, rows, [0, 2, 4], sums);
        Assert.Equal([.. Row(-50).Select(w => (int)w)], sums[..L]);
        Assert.Equal([.. Row(7).Select(w => (int)w)], sums[L..]);
    }

    [Fact]
    public void A_vector_adds_its_rounded_dot_product_with_its_groups_label_weights()
    {
        const int L = NerLabels.Count;
        var weights = new short[2 * 2 * L];
        weights[NerLabels.Outside] = 4;
        weights[L + NerLabels.Outside] = -1;
        weights[1] = 10;
        var chain = new LinearChain([], [], 1, new float[L * L], weights);
        var sums = new int[L];
        sums[1] = 5;
        chain.AddVector([3, 2], 0.5f, 0, sums);

        // Outside: 0.5 * (3 * 4 + 2 * -1) = 5; label 1: 5 + 0.5 * (3 * 10) = 20.
        Assert.Equal(5, sums[NerLabels.Outside]);
        Assert.Equal(20, sums[1]);
        Assert.All(sums[2..], sum => Assert.Equal(0, sum));

        weights[(2 * L) + 1] = 4;
        chain.AddVector([3, 2], 0.5f, 1, sums);
        Assert.Equal(26, sums[1]);
        Assert.Equal(5, sums[NerLabels.Outside]);

        var none = new LinearChain([], [], 1, new float[L * L], []);
        none.AddVector([3, 2], 0.5f, 0, sums);
        Assert.Equal(26, sums[1]);
    }
}
