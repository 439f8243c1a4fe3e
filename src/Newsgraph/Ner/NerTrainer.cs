using System.Diagnostics;

namespace Newsgraph.Ner;

/// <summary>How to train: passes over the data, jackknife folds for the second pass's inputs, the shuffling seed.</summary>
internal sealed record NerTrainingOptions
{
    /// <summary>Dev F1 stops rising after about this many passes of the averaged perceptron.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>The second pass learns from first-pass labels made by models that did not see the document.</summary>
    public int Folds { get; init; } = 4;

    public int Seed { get; init; } = 20031;

    /// <summary>
    /// Perceptrons trained with different shuffling seeds whose weights are averaged into one model. On CoNLL dev: 1 mix
    /// 93.26 F1, 4 mixes 93.52, 8 mixes 93.64, 16 mixes 93.72; the gain flattens while training time grows linearly.
    /// </summary>
    public int Mixes { get; init; } = 16;


    /// <summary>
    /// Features whose averaged weights all stay below this barely move a score; dropping them keeps the mixed model as small
    /// (and as fast) as a single perceptron's: 16 mixes pruned at 0.25 score the same dev F1 as at 0.02 with half the features.
    /// </summary>
    public float PruneBelow { get; init; } = 0.25f;

    /// <summary>
    /// The word vectors' values times this are the perceptron's updates of the vector weights (one unit for a binary
    /// feature); the saved weights are multiplied back, so tagging reads the vectors as they are. On CoNLL dev (4 mixes,
    /// one vector group): 0.25 gave 94.10 F1, 0.5 94.19, 1 94.05.
    /// </summary>
    public double VectorScale { get; init; } = 0.5;

    /// <summary>Title-cased copies of the ALL-CAPS headlines teach the model the headlines of web news.</summary>
    public bool TitleCaseHeadlines { get; init; } = true;
}

/// <summary>Trains the two-pass model with the structured averaged perceptron (Collins 2002).</summary>
internal static class NerTrainer
{
    private const int L = NerLabels.Count;

    /// <summary>Words that stay lowercase inside a Title Case headline.</summary>
    private static readonly HashSet<string> MinorWords = new(
        ["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "'s"],
        StringComparer.Ordinal);

    public static NerModel Train(
        IReadOnlyList<NerDocument> documents, NerResources resources, NerTrainingOptions options, string trainingDataHash, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        var prepared = documents.Select(d => options.TitleCaseHeadlines ? WithTitleCaseHeadlines(d) : d).ToList();
        var views = prepared.Select(d => resources.View(d.Sentences)).ToList();
        var gold = prepared.Select(d => d.Gold.Select(NerLabels.FromBio).ToArray()).ToList();
        var firstExamples = views.Select(v => Examples(v, null)).ToList();
        log($"features extracted in {clock.Elapsed.TotalSeconds:F1} s");

        var jackknifed = new int[views.Count][][];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var chain = TrainChain(Select(firstExamples, gold, d => d % options.Folds != fold), options, resources.Vectors);
            for (var d = fold; d < views.Count; d += options.Folds)
            {
                jackknifed[d] = firstExamples[d].Select(e => chain.Tag(e.Features, e.Starts, e.VectorRows, e.VectorGroups, resources.Vectors)).ToArray();
            }

            log($"fold {fold + 1}/{options.Folds} trained in {clock.Elapsed.TotalSeconds:F1} s");
        }

        var first = TrainChain(Select(firstExamples, gold, _ => true), options, resources.Vectors);
        log($"first pass trained in {clock.Elapsed.TotalSeconds:F1} s ({first.Keys.Length} features)");
        var secondExamples = views.Select((v, d) => Examples(v, new DocumentStats(v, jackknifed[d]))).ToList();
        var second = TrainChain(Select(secondExamples, gold, _ => true), options, resources.Vectors);
        log($"second pass trained in {clock.Elapsed.TotalSeconds:F1} s ({second.Keys.Length} features)");
        var manifest = new NerManifest(FeatureExtractor.Version, resources.Hash, trainingDataHash, 0, options.Epochs, first.Keys.Length, second.Keys.Length);
        return new NerModel(manifest, first, second);
    }

    /// <summary>Tags documents with a model: BIO tags per sentence.</summary>
    public static List<string[][]> Predict(NerModel model, NerResources resources, IReadOnlyList<NerDocument> documents) =>
        documents.Select(d => model.Tag(resources.View(d.Sentences)).Select(s => s.Select(NerLabels.ToBio).ToArray()).ToArray()).ToList();

    public static NerScore Evaluate(NerModel model, NerResources resources, IReadOnlyList<NerDocument> documents)
    {
        var predicted = Predict(model, resources, documents);
        return NerScore.Of(documents.SelectMany((d, i) => d.Gold.Select((g, s) => (g, predicted[i][s]))));
    }

    /// <summary>One sentence's features (token i's are Features[Starts[i]..Starts[i + 1]]) and its tokens' word-vector rows and groups.</summary>
    internal sealed record Example(List<ulong> Features, List<int> Starts, int[] VectorRows, int[] VectorGroups);

    private static List<Example> Examples(DocumentView view, DocumentStats? stats)
    {
        var examples = new List<Example>(view.Sentences.Count);
        for (var s = 0; s < view.Sentences.Count; s++)
        {
            var features = new List<ulong>();
            var starts = new List<int>();
            FeatureExtractor.Extract(view, s, stats, features, starts);
            var groups = new int[view.Words[s].Length];
            for (var i = 0; i < groups.Length; i++)
            {
                groups[i] = FeatureExtractor.VectorGroup(view, s, i);
            }

            examples.Add(new Example(features, starts, view.VectorRows[s], groups));
        }

        return examples;
    }

    private static List<(Example Example, int[] Gold)> Select(List<List<Example>> examples, List<int[][]> gold, Func<int, bool> include)
    {
        var selected = new List<(Example, int[])>();
        for (var d = 0; d < examples.Count; d++)
        {
            if (include(d))
            {
                for (var s = 0; s < examples[d].Count; s++)
                {
                    selected.Add((examples[d][s], gold[d][s]));
                }
            }
        }

        return selected;
    }

    /// <summary>
    /// Averaged perceptron over whole sentences (feature weights exact integers, averaged at the end), run once per mix
    /// with its own shuffling seed; the mixes' averaged weights are averaged again (parameter mixing), which steadies the model.
    /// </summary>
    internal static LinearChain TrainChain(List<(Example Example, int[] Gold)> data, NerTrainingOptions options, WordVectors vectors)
    {
        var index = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        var encoded = new int[data.Count][];
        for (var e = 0; e < data.Count; e++)
        {
            var features = data[e].Example.Features;
            var rows = new int[features.Count];
            for (var f = 0; f < rows.Length; f++)
            {
                if (!index.TryGetValue(features[f], out var row))
                {
                    row = keys.Count;
                    index[features[f]] = row;
                    keys.Add(features[f]);
                }

                rows[f] = row;
            }

            encoded[e] = rows;
        }

        var mixed = new double[keys.Count * L];
        var mixedTransitions = new double[L * L];
        var mixedVector = new double[FeatureExtractor.VectorGroups * vectors.Dimensions * L];
        var values = vectors.Values.Select(v => v * (double)vectors.Scale * options.VectorScale).ToArray();
        for (var mix = 0; mix < options.Mixes; mix++)
        {
            var (averaged, averagedTransitions, averagedVector) = Perceptron(data, encoded, keys.Count, options, options.Seed + mix, values, vectors.Dimensions);
            for (var k = 0; k < mixed.Length; k++)
            {
                mixed[k] += averaged[k];
            }

            for (var k = 0; k < mixedVector.Length; k++)
            {
                mixedVector[k] += averagedVector[k];
            }

            for (var t = 0; t < mixedTransitions.Length; t++)
            {
                mixedTransitions[t] += averagedTransitions[t];
            }
        }

        return Finish(keys, mixed, mixedTransitions, mixedVector, options.Mixes, options.PruneBelow);
    }

    /// <summary>
    /// One averaged perceptron. The word-vector weights take real-valued updates (the vector's values, scaled, one row of
    /// <paramref name="dimensions"/> per word), kept in doubles beside the integer feature weights and averaged the same way.
    /// </summary>
    private static (double[] Weights, double[] Transitions, double[] VectorWeights) Perceptron(
        List<(Example Example, int[] Gold)> data, int[][] encoded, int rowCount, NerTrainingOptions options, int seed, double[] values, int dimensions)
    {
        var weights = new int[rowCount * L];
        var sums = new long[rowCount * L];
        var vectorWeights = new double[FeatureExtractor.VectorGroups * dimensions * L];
        var vectorSums = new double[FeatureExtractor.VectorGroups * dimensions * L];
        var transitions = new int[L * L];
        var transitionSums = new long[L * L];
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(seed);
        var emissions = new float[256 * L];
        var floatTransitions = new float[L * L];
        var predicted = new int[256];
        long step = 1;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var (example, gold) = data[e];
                var rows = encoded[e];
                var n = gold.Length;
                if (emissions.Length < n * L)
                {
                    emissions = new float[n * L];
                    predicted = new int[n];
                }

                Array.Clear(emissions, 0, n * L);
                for (var i = 0; i < n; i++)
                {
                    for (var f = example.Starts[i]; f < example.Starts[i + 1]; f++)
                    {
                        var offset = rows[f] * L;
                        for (var l = 0; l < L; l++)
                        {
                            emissions[i * L + l] += weights[offset + l];
                        }
                    }

                    if (example.VectorRows[i] >= 0)
                    {
                        var x = values.AsSpan(example.VectorRows[i] * dimensions, dimensions);
                        var group = example.VectorGroups[i] * dimensions;
                        for (var d = 0; d < dimensions; d++)
                        {
                            for (var l = 0; l < L; l++)
                            {
                                emissions[i * L + l] += (float)(x[d] * vectorWeights[((group + d) * L) + l]);
                            }
                        }
                    }
                }

                for (var t = 0; t < L * L; t++)
                {
                    floatTransitions[t] = transitions[t];
                }

                LinearChain.Viterbi(emissions, n, floatTransitions, predicted);
                for (var i = 0; i < n; i++)
                {
                    if (predicted[i] != gold[i])
                    {
                        for (var f = example.Starts[i]; f < example.Starts[i + 1]; f++)
                        {
                            var offset = rows[f] * L;
                            Update(weights, sums, offset + gold[i], 1, step);
                            Update(weights, sums, offset + predicted[i], -1, step);
                        }

                        if (example.VectorRows[i] >= 0)
                        {
                            var x = values.AsSpan(example.VectorRows[i] * dimensions, dimensions);
                            var group = example.VectorGroups[i] * dimensions;
                            for (var d = 0; d < dimensions; d++)
                            {
                                var at = (group + d) * L;
                                vectorWeights[at + gold[i]] += x[d];
                                vectorSums[at + gold[i]] += step * x[d];
                                vectorWeights[at + predicted[i]] -= x[d];
                                vectorSums[at + predicted[i]] -= step * x[d];
                            }
                        }
                    }

                    if (i > 0 && (predicted[i] != gold[i] || predicted[i - 1] != gold[i - 1]))
                    {
                        Update(transitions, transitionSums, gold[i - 1] * L + gold[i], 1, step);
                        Update(transitions, transitionSums, predicted[i - 1] * L + predicted[i], -1, step);
                    }
                }

                step++;
            }
        }

        double Average(int w, long sum) => w - (double)sum / step;
        var averaged = new double[weights.Length];
        for (var k = 0; k < averaged.Length; k++)
        {
            averaged[k] = Average(weights[k], sums[k]);
        }

        var averagedTransitions = new double[transitions.Length];
        for (var t = 0; t < transitions.Length; t++)
        {
            averagedTransitions[t] = Average(transitions[t], transitionSums[t]);
        }

        var averagedVector = new double[vectorWeights.Length];
        for (var k = 0; k < averagedVector.Length; k++)
        {
            averagedVector[k] = (vectorWeights[k] - (vectorSums[k] / step)) * options.VectorScale;
        }

        return (averaged, averagedTransitions, averagedVector);
    }

    private static void Update(int[] weights, long[] sums, int at, int delta, long step)
    {
        weights[at] += delta;
        sums[at] += step * delta;
    }

    /// <summary>Divides the mixed weights, prunes features with only small weights, and rounds weights as the model file stores them.</summary>
    private static LinearChain Finish(List<ulong> keys, double[] mixed, double[] mixedTransitions, double[] mixedVector, int mixes, float pruneBelow)
    {
        var keptKeys = new List<ulong>();
        var kept = new List<float>();
        var row = new float[L];
        for (var k = 0; k < keys.Count; k++)
        {
            var max = 0f;
            for (var l = 0; l < L; l++)
            {
                row[l] = (float)(mixed[k * L + l] / mixes);
                max = Math.Max(max, Math.Abs(row[l]));
            }

            if (max >= pruneBelow)
            {
                keptKeys.Add(keys[k]);
                kept.AddRange(row);
            }
        }

        var averaged = kept.ToArray();
        var averagedVector = mixedVector.Select(w => (float)(w / mixes)).ToArray();
        var scale = Quantisation.Scale([.. averaged, .. averagedVector]);
        var quantised = averaged.Select(w => Quantisation.ToShort(w, scale)).ToArray();
        var quantisedVector = averagedVector.Select(w => Quantisation.ToShort(w, scale)).ToArray();
        var averagedTransitions = mixedTransitions.Select(t => (float)(t / mixes)).ToArray();
        return new LinearChain([.. keptKeys], quantised, scale, averagedTransitions, quantisedVector);
    }

    /// <summary>Adds a Title Case copy of each ALL-CAPS sentence (CoNLL's headlines) at the end of the document.</summary>
    private static NerDocument WithTitleCaseHeadlines(NerDocument document)
    {
        var sentences = document.Sentences.ToList();
        var gold = document.Gold.ToList();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var tokens = document.Sentences[s];
            if (tokens.Count(t => char.IsLetter(t[0])) >= 3 && !tokens.Any(t => t.Any(char.IsLower)))
            {
                sentences.Add(tokens.Select((t, i) => TitleCase(t, i == 0)).ToArray());
                gold.Add(document.Gold[s]);
            }
        }

        return new NerDocument(sentences, gold);
    }

    private static string TitleCase(string token, bool first)
    {
        var lower = token.ToLowerInvariant();
        return !first && MinorWords.Contains(lower) ? lower : DocumentView.Capitalise(lower);
    }
}
