using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Reading;
using Newsgraph.Text;

namespace Newsgraph.Quotes;

/// <summary>Token-level precision, recall and F1 of cue words.</summary>
internal readonly record struct CueScores(double Precision, double Recall, double F1);

/// <summary>
/// Trains <see cref="CueModel"/> on a PolNeAR-style folder (text/*.txt and attributions/*_ANNOTATOR.ann, the first
/// .ann file of each article in sorted order): every word outside quotation marks is an example, a cue when a gold
/// Cue span covers it. Articles are read in sorted order and never shuffled, so the same data gives the same model.
/// </summary>
internal static class CueModelTrainer
{
    /// <summary>Passes over the training data; dev cue F1 stops improving after about five.</summary>
    public const int Epochs = 5;

    /// <summary>Features seen in fewer training examples are dropped from the saved model; they barely move a score.</summary>
    private const int MinFeatureCount = 3;

    private sealed record Example(int[] Features, bool IsCue);

    private sealed record Corpus(List<(ArticleTokens Words, List<int> Candidates, bool[] IsCue)> Articles, string Sha256);

    public static (CueModel Model, CueScores Dev) Train(string trainDirectory, string devDirectory, TextWriter log)
    {
        var train = Read(trainDirectory);
        var dev = Read(devDirectory);
        log.WriteLine($"read {train.Articles.Count} training and {dev.Articles.Count} development articles");

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var examples = new List<Example>();
        foreach (var (words, candidates, isCue) in train.Articles)
        {
            foreach (var t in candidates)
            {
                var ids = CueModel.Features(words, t).Select(feature =>
                {
                    if (!index.TryGetValue(feature, out var id))
                    {
                        id = index.Count;
                        index[feature] = id;
                        counts.Add(0);
                    }

                    counts[id]++;
                    return id;
                }).ToArray();
                examples.Add(new Example(ids, isCue[t]));
            }
        }

        var weights = new double[index.Count];
        var totals = new double[index.Count];
        var stamps = new int[index.Count];
        var step = 0;
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var errors = 0;
            foreach (var example in examples)
            {
                step++;
                var score = 0.0;
                foreach (var id in example.Features)
                {
                    score += weights[id];
                }

                var sign = example.IsCue ? 1 : -1;
                if (score * sign > 0)
                {
                    continue;
                }

                errors++;
                foreach (var id in example.Features)
                {
                    totals[id] += (step - stamps[id]) * weights[id];
                    stamps[id] = step;
                    weights[id] += sign;
                }
            }

            log.WriteLine($"epoch {epoch + 1}: {errors} mistakes on {examples.Count} examples");
        }

        var averaged = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (feature, id) in index)
        {
            var total = totals[id] + (step - stamps[id]) * weights[id];
            var value = (float)Math.Round(total / step, 4);
            if (counts[id] >= MinFeatureCount && value != 0f)
            {
                averaged[feature] = value;
            }
        }

        var draft = new CueModel(averaged, new CueModelManifest(CueModel.FeatureVersion, train.Sha256, train.Articles.Count, Epochs, averaged.Count, 0));
        var scores = Evaluate(draft, dev);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev cue words: P {scores.Precision:P1} R {scores.Recall:P1} F1 {scores.F1:P1}"));
        var manifest = draft.Manifest with { DevCueF1 = Math.Round(scores.F1 * 100, 2) };
        return (new CueModel(averaged, manifest), scores);
    }

    private static CueScores Evaluate(CueModel model, Corpus corpus)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (words, candidates, isCue) in corpus.Articles)
        {
            foreach (var t in candidates)
            {
                var predicted = model.Score(words, t) > 0;
                tp += predicted && isCue[t] ? 1 : 0;
                fp += predicted && !isCue[t] ? 1 : 0;
                fn += !predicted && isCue[t] ? 1 : 0;
            }
        }

        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return new CueScores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static Corpus Read(string directory)
    {
        var textDirectory = Path.Combine(directory, "text");
        var annotationDirectory = Path.Combine(directory, "attributions");
        if (!Directory.Exists(textDirectory) || !Directory.Exists(annotationDirectory))
        {
            throw new InputException(directory, "is not a PolNeAR-style folder with text/ and attributions/ inside");
        }

        var pipeline = new AnalysisPipeline([new ParagraphFinder(), new Tokenizer(), new SentenceSplitter()]);
        var articles = new List<(ArticleTokens, List<int>, bool[])>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in Directory.GetFiles(textDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var annotation = Directory.GetFiles(annotationDirectory, name + "_*.ann").Order(StringComparer.Ordinal).FirstOrDefault();
            if (annotation is null)
            {
                continue;
            }

            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            hash.AppendData(File.ReadAllBytes(path));
            hash.AppendData(File.ReadAllBytes(annotation));
            var document = pipeline.Run(ArticleReader.ReadFile(path).Single());
            var words = new ArticleTokens(document);
            var isCue = CueTokens(words, ReadCueSpans(annotation));
            var inQuote = new bool[words.Count];
            foreach (var span in QuoteMarks.Find(document))
            {
                for (var t = span.OpenToken; t < span.AfterToken && t < inQuote.Length; t++)
                {
                    inQuote[t] = true;
                }
            }

            var candidates = Enumerable.Range(0, words.Count).Where(t => !inQuote[t] && CueModel.IsCandidate(words, t)).ToList();
            articles.Add((words, candidates, isCue));
        }

        return new Corpus(articles, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static bool[] CueTokens(ArticleTokens words, ImmutableArray<TextSpan> cues)
    {
        var isCue = new bool[words.Count];
        foreach (var cue in cues)
        {
            for (var t = words.Document.TokenAt(cue.Start); t < words.Count && words.Tokens[t].Start < cue.End; t++)
            {
                isCue[t] = true;
            }
        }

        return isCue;
    }

    /// <summary>The Cue spans of a brat standoff file (discontinuous spans give each fragment).</summary>
    private static ImmutableArray<TextSpan> ReadCueSpans(string path)
    {
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var line in File.ReadLines(path))
        {
            var columns = line.Split('\t');
            if (columns.Length < 2 || !columns[0].StartsWith('T') || !columns[1].StartsWith("Cue ", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var fragment in columns[1]["Cue ".Length..].Split(';'))
            {
                var bounds = fragment.Split(' ');
                spans.Add(new TextSpan(int.Parse(bounds[0], CultureInfo.InvariantCulture), int.Parse(bounds[1], CultureInfo.InvariantCulture)));
            }
        }

        return spans.ToImmutable();
    }
}
