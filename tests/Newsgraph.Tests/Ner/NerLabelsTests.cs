using Newsgraph.Ner;

namespace Newsgraph.Tests.Ner;

public class NerLabelsTests
{
    [Fact]
    public void Iob1_entities_start_with_B_in_BIO()
    {
        string[] iob1 = ["I-ORG", "O", "I-MISC", "O", "I-PER", "I-PER", "B-PER", "I-LOC"];
        Assert.Equal(["B-ORG", "O", "B-MISC", "O", "B-PER", "I-PER", "B-PER", "B-LOC"], NerLabels.Iob1ToBio(iob1));
    }

    [Fact]
    public void Bio_maps_to_BILOU_and_back()
    {
        string[] bio = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"];
        var labels = NerLabels.FromBio(bio);
        Assert.Equal(["B-PER", "I-PER", "L-PER", "O", "U-LOC", "B-LOC", "L-LOC"], labels.Select(NerLabels.Name));
        Assert.Equal(bio, labels.Select(NerLabels.ToBio));
    }

    [Fact]
    public void Only_continuations_of_the_same_type_follow_an_open_entity()
    {
        var bPer = Array.IndexOf(Enumerable.Range(0, NerLabels.Count).Select(NerLabels.Name).ToArray(), "B-PER");
        var allowedAfter = Enumerable.Range(0, NerLabels.Count).Where(to => NerLabels.Allowed[bPer * NerLabels.Count + to]).Select(NerLabels.Name);
        Assert.Equal(["I-PER", "L-PER"], allowedAfter);
    }

    [Fact]
    public void Spans_are_read_from_BILOU_labels()
    {
        var labels = NerLabels.FromBio(["B-ORG", "I-ORG", "O", "B-PER", "B-LOC"]);
        Assert.Equal([(0, 2, 1), (3, 4, 0), (4, 5, 2)], NameTagger.Spans(labels));
    }
}
