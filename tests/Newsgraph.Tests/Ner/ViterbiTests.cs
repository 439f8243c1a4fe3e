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
