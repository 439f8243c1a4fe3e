using Newsgraph.Ner;

namespace Newsgraph.Tests.Ner;

public class NerTrainerTests
{
    private static readonly NerDocument Tiny = ConllCorpus.Parse(
        """
        -DOCSTART- -X- O O

        John I-PER
        Smith I-PER
        visited O
        Moscow I-LOC
        . O

        Acme I-ORG
        Corp I-ORG
        hired O
        Mary I-PER
        . O

        Mary I-PER
        flew O
        to O
        Paris I-LOC
        with O
        John I-PER
        . O
        """.Split('\n'),
        "tiny").Single();

    [Fact]
    public void A_tiny_training_run_learns_its_sentences()
    {
        var resources = TinyResources.Create();
        var model = NerTrainer.Train([Tiny], resources, new NerTrainingOptions { Epochs = 8, Folds = 2 }, "tiny", _ => { });
        var predicted = NerTrainer.Predict(model, resources, [Tiny]).Single();
        Assert.Equal(Tiny.Gold, predicted);
        Assert.Equal(FeatureExtractor.VectorGroups * resources.Vectors.Dimensions * NerLabels.Count, model.First.VectorWeights.Length);
        Assert.Contains(model.First.VectorWeights, w => w != 0);
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var resources = TinyResources.Create();
        var options = new NerTrainingOptions { Epochs = 3, Folds = 2 };
        byte[] Bytes()
        {
            using var stream = new MemoryStream();
            NerTrainer.Train([Tiny], resources, options, "tiny", _ => { }).Save(stream);
            return stream.ToArray();
        }

        Assert.Equal(Bytes(), Bytes());
    }

    [Fact]
    public void A_saved_model_loads_and_tags_the_same()
    {
        var resources = TinyResources.Create();
        var model = NerTrainer.Train([Tiny], resources, new NerTrainingOptions { Epochs = 8, Folds = 2 }, "tiny", _ => { });
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream, "memory", resources);
        Assert.Equal(NerTrainer.Predict(model, resources, [Tiny]), NerTrainer.Predict(loaded, resources, [Tiny]));
    }

    [Fact]
    public void A_model_for_another_feature_version_is_refused_with_a_clear_error()
    {
        var resources = TinyResources.Create();
        var model = NerTrainer.Train([Tiny], resources, new NerTrainingOptions { Epochs = 1, Folds = 2 }, "tiny", _ => { });
        var old = new NerModel(model.Manifest with { FeatureVersion = "ner-features-0" }, model.First, model.Second);
        using var stream = new MemoryStream();
        old.Save(stream);
        stream.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => NerModel.Load(stream, "old.bin", resources));
        Assert.Contains("ner-features-0", error.Message, StringComparison.Ordinal);
        Assert.Contains("old.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_trained_with_other_word_classes_is_refused()
    {
        var resources = TinyResources.Create();
        var model = NerTrainer.Train([Tiny], resources, new NerTrainingOptions { Epochs = 1, Folds = 2 }, "tiny", _ => { });
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var other = new NerResources(resources.Clusters, resources.Gazetteers, resources.Vectors, "other");
        Assert.Throws<InvalidDataException>(() => NerModel.Load(stream, "model.bin", other));
    }

    [Fact]
    public void The_shipped_model_matches_the_shipped_features_and_data()
    {
        var manifest = NerModel.Default.Manifest;
        Assert.Equal(FeatureExtractor.Version, manifest.FeatureVersion);
        Assert.Equal(NerResources.Default.Hash, manifest.ResourcesHash);
    }
}
