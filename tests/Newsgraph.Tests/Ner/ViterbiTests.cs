using FsCheck;
using FsCheck.Fluent;
using Newsgraph.Ner;

namespace Newsgraph.Tests.Ner;

public class ViterbiTests
{
    private const int L = NerLabels.Count;

    [Fact]
    public void Decoded_sequences_never_use_an_invalid_transition()
    {
        var sentences = Gen.Choose(1, 12).SelectMany(n => Gen.Choose(-1000, 1000).ArrayOf(n * L).Select(e => (n, e)));
        Prop.ForAll(sentences.ToArbitrary(), sentence =>
        {
            var (n, raw) = sentence;
            var emissions = raw.Select(x => x / 10f).ToArray();
            var transitions = Enumerable.Range(0, L * L).Select(t => (t * 7919 % 13) - 6f).ToArray();
            var labels = new int[n];
            LinearChain.Viterbi(emissions, n, transitions, labels);
            return IsValid(labels);
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>
    /// The vector decoder must pick exactly the labels of the plain one (each label's allowed predecessors in order,
    /// the first best kept), ties included: scores on a coarse grid make ties common.
    /// </summary>
    [Fact]
    public void The_vector_decoder_gives_the_labels_of_the_plain_one_ties_included()
    {
        var sentences = Gen.Choose(1, 12).SelectMany(n => Gen.Choose(-8, 8).ArrayOf(n * L + L * L).Select(e => (n, e)));
        Prop.ForAll(sentences.ToArbitrary(), sentence =>
        {
            var (n, raw) = sentence;
            var emissions = raw[..(n * L)].Select(x => x / 4f).ToArray();
            var transitions = raw[(n * L)..].Select(x => x / 2f).ToArray();
            var labels = new int[n];
            LinearChain.Viterbi(emissions, n, transitions, labels);
            return labels.SequenceEqual(PlainViterbi(emissions, n, transitions));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void An_entity_favoured_only_inside_is_still_opened_and_closed()
    {
        // Emissions that prefer I-PER everywhere: the decoder must still begin and end the entity.
        var iPer = Array.IndexOf(Enumerable.Range(0, L).Select(NerLabels.Name).ToArray(), "I-PER");
        var emissions = new float[3 * L];
        for (var i = 0; i < 3; i++)
        {
            emissions[i * L + iPer] = 10;
        }

        var labels = new int[3];
        LinearChain.Viterbi(emissions, 3, new float[L * L], labels);
        Assert.True(IsValid(labels));
    }

    /// <summary>Viterbi as first written: for each label, its allowed predecessors one by one, the first best kept.</summary>
    private static int[] PlainViterbi(float[] emissions, int n, float[] transitions)
    {
        var score = new float[n * L];
        var back = new int[n * L];
        for (var l = 0; l < L; l++)
        {
            score[l] = NerLabels.CanStart(l) ? emissions[l] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var to = 0; to < L; to++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var from = 0; from < L; from++)
                {
                    var candidate = score[(i - 1) * L + from] + transitions[from * L + to];
                    if (NerLabels.Allowed[from * L + to] && candidate > best)
                    {
                        best = candidate;
                        arg = from;
                    }
                }

                score[i * L + to] = best + emissions[i * L + to];
                back[i * L + to] = arg;
            }
        }

        var labels = new int[n];
        var lastScore = float.NegativeInfinity;
        for (var l = 0; l < L; l++)
        {
            if (NerLabels.CanEnd(l) && score[(n - 1) * L + l] > lastScore)
            {
                lastScore = score[(n - 1) * L + l];
                labels[n - 1] = l;
            }
        }

        for (var i = n - 1; i > 0; i--)
        {
            labels[i - 1] = back[i * L + labels[i]];
        }

        return labels;
    }

    private static bool IsValid(int[] labels)
    {
        if (!NerLabels.CanStart(labels[0]) || !NerLabels.CanEnd(labels[^1]))
        {
            return false;
        }

        for (var i = 1; i < labels.Length; i++)
        {
            if (!NerLabels.Allowed[labels[i - 1] * L + labels[i]])
            {
                return false;
            }
        }

        return true;
    }
}
