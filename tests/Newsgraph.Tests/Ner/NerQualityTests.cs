using System.Diagnostics;
using Newsgraph.Ner;
using Newsgraph.Tests.Quality;

namespace Newsgraph.Tests.Ner;

public class NerQualityTests
{
    /// <summary>The shipped model on CoNLL-2003 dev (never retrained here): overall and per-type F1 against the floors.</summary>
    [SharedDataFact]
    public void Conll_dev_scores_stay_above_their_floors()
    {
        var documents = ConllCorpus.Read(SharedData.Data("conll2003/dev.txt"));
        var model = NerModel.Default;
        var clock = Stopwatch.StartNew();
        var score = NerTrainer.Evaluate(model, NerResources.Default, documents);
        var seconds = clock.Elapsed.TotalSeconds;

        var measured = new Dictionary<string, double> { ["f1"] = score.F1 };
        foreach (var (type, typeScore) in score.Types)
        {
            measured["f1_" + type] = typeScore.F1;
        }

        QualityFloors.Check("ner", measured);
        Assert.True(seconds < 60, $"tagging CoNLL dev took {seconds:F1} s");
    }
}
