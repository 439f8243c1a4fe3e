using System.IO.Compression;
using System.Text;
using Newsgraph.Quotes;

namespace Newsgraph.Tests.Quotes;

public class CueModelTests
{
    [Fact]
    public void EmbeddedModelMatchesThisBuildsFeatures()
    {
        var manifest = CueModel.Default.Manifest;
        Assert.Equal(CueModel.FeatureVersion, manifest.FeatureVersion);
        Assert.True(manifest.Features > 0);
        Assert.Equal(64, manifest.TrainingDataSha256.Length);
    }

    [SharedDataFact]
    public void TrainingOnPolnearReproducesTheCommittedModel()
    {
        var directory = Directory.CreateTempSubdirectory("newsgraph-cues-");
        try
        {
            var (model, _) = CueModelTrainer.Train(SharedData.Data("polnear/train"), SharedData.Data("polnear/dev"), TextWriter.Null);
            model.Save(directory.FullName);
            var committed = Path.Combine(SharedData.RepoRoot, "src", "Newsgraph", "Models");
            foreach (var file in new[] { CueModel.WeightsResource, CueModel.ManifestResource })
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(committed, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(directory.FullName, file))),
                    $"{file} differs from what 'newsgraph train quotes' now produces: retrain and commit the model.");
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void SavedModelLoadsBackTheSame()
    {
        var directory = Directory.CreateTempSubdirectory("newsgraph-cues-");
        try
        {
            var model = new CueModel(
                new Dictionary<string, float> { ["w=said"] = 1.5f, ["bias"] = -0.25f },
                new CueModelManifest(CueModel.FeatureVersion, new string('0', 64), 1, 1, 2, 50));
            model.Save(directory.FullName);
            using var weights = File.OpenRead(Path.Combine(directory.FullName, CueModel.WeightsResource));
            using var manifest = File.OpenRead(Path.Combine(directory.FullName, CueModel.ManifestResource));
            Assert.Equal(model.Manifest, CueModel.Load(weights, manifest).Manifest);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void ModelOfAnotherFeatureVersionIsRefusedWithAClearMessage()
    {
        var manifest = new MemoryStream(Encoding.UTF8.GetBytes(
            "{\"feature_version\": 999, \"training_data_sha256\": \"x\", \"articles\": 1, \"epochs\": 1, \"features\": 0, \"dev_cue_f1\": 0}"));
        var weights = new MemoryStream();
        using (var gzip = new GZipStream(weights, CompressionMode.Compress, leaveOpen: true))
        {
        }

        weights.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => CueModel.Load(weights, manifest));
        Assert.Contains("newsgraph train quotes", error.Message, StringComparison.Ordinal);
    }
}
