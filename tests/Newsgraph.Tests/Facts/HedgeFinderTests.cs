using Newsgraph.Facts.Hedges;
using static Newsgraph.Tests.Facts.FactsTestDocuments;

namespace Newsgraph.Tests.Facts;

public class HedgeFinderTests
{
    private static (string Cue, string? Claim) Single(string text, string cue)
    {
        var hedges = HedgeFinder.Find(Structured(text)).Where(h => text[h.Start..h.End] == cue).ToList();
        Assert.Single(hedges);
        return (cue, hedges[0].Claim is { } claim ? text[claim.Start..claim.End] : null);
    }

    [Theory]
    [InlineData("Rockets were reportedly fired at the town.", "reportedly", "Rockets were reportedly fired at the town")]
    [InlineData("He allegedly took bribes.", "allegedly", "He allegedly took bribes")]
    [InlineData("Inspectors came to see the alleged March 19 chemical attack in Khan al-Assal, northern Syria.", "alleged", "March 19 chemical attack in Khan al-Assal")]
    [InlineData("Erdem claimed he had received death threats.", "claimed", "he had received death threats")]
    [InlineData("An MP who alleged in an interview that IS delivered sarin faces charges.", "alleged", "IS delivered sarin faces charges")]
    [InlineData("According to the ministry, 12 people died.", "According to", "12 people died")]
    [InlineData("Twelve people died, according to the ministry.", "according to", "Twelve people died")]
    [InlineData("There were unconfirmed reports of shelling.", "unconfirmed", "reports of shelling")]
    [InlineData("Militants seized the town. The footage could not be independently verified.", "could not be independently verified", "Militants seized the town")]
    public void Marks_the_claim_a_hedge_qualifies(string text, string cue, string claim) =>
        Assert.Equal(claim, Single(text, cue).Claim);

    [Theory]
    [InlineData("The minister said the talks went well.")]
    [InlineData("The most widely-reported attack took place in Ghouta.")]
    public void Finds_no_hedge_in_plain_statements(string text) => Assert.Empty(HedgeFinder.Find(Structured(text)));
}
