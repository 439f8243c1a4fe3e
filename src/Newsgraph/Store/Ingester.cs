using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Newsgraph.Output;
using Newsgraph.Reading;

namespace Newsgraph.Store;

internal sealed record IngestOptions
{
    public ReadOptions Read { get; init; } = ReadOptions.Default;

    /// <summary>Analysis runs on this many threads; one more thread writes.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles per transaction: one commit per article costs a disk sync each, and 64 amortise it while a crash loses little work.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Makes each worker's analyzer (the standard pipeline unless a test gives another).</summary>
    public Func<Analyzer> CreateAnalyzer { get; init; } = () => new Analyzer();
}

/// <summary>How far an ingest has gone.</summary>
internal sealed record IngestProgress(int Files, int FilesDone, int FilesUnchanged, long Stored, long Duplicates, long Errors, long Bytes, TimeSpan Elapsed)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Stored / Elapsed.TotalSeconds : 0;

    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? Bytes / 1e6 / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Reads, analyses and stores many inputs: files go to analysis workers through a bounded channel, and their articles to one
/// writer through another, so memory stays bounded and the store sees one writer. Inputs stored whole before (same
/// path, size and time) are not read again, articles stored before (same content hash or URL) are not analysed again,
/// and a bad item is reported and skipped.
/// </summary>
internal sealed class Ingester
{
    private readonly ArticleStore _store;
    private readonly IngestOptions _options;
    private readonly Stopwatch _clock = new();
    private int _files;
    private int _filesDone;
    private int _filesUnchanged;
    private long _stored;
    private long _duplicates;
    private long _errors;
    private long _bytes;

    public Ingester(ArticleStore store, IngestOptions? options = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? new IngestOptions();
    }

    public IngestProgress Progress => new(Volatile.Read(ref _files), Volatile.Read(ref _filesDone), Volatile.Read(ref _filesUnchanged),
        Interlocked.Read(ref _stored), Interlocked.Read(ref _duplicates), Interlocked.Read(ref _errors), Interlocked.Read(ref _bytes), _clock.Elapsed);

    /// <summary>
    /// Ingests every file under <paramref name="paths"/>. <paramref name="onError"/> hears of each bad item (on the writer's
    /// thread). Cancelling rolls back the transaction in progress; what was committed stays, and a rerun resumes.
    /// </summary>
    public async Task<IngestProgress> RunAsync(IEnumerable<string> paths, Action<InputException> onError, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(onError);
        // Any stage failing stops the others, so none waits forever on a channel that nobody serves.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        cancellation = stop.Token;
        _clock.Start();
        var knownIds = new ConcurrentDictionary<string, bool>(_store.ArticleIds().Select(id => KeyValuePair.Create(id, true)), StringComparer.Ordinal);
        var knownUrls = new ConcurrentDictionary<string, bool>(_store.Urls().Select(url => KeyValuePair.Create(url, true)), StringComparer.Ordinal);
        var inputs = _store.Inputs();

        var files = new List<string>();
        foreach (var (path, error) in InputSource.Files(paths))
        {
            if (error is not null)
            {
                Interlocked.Increment(ref _errors);
                onError(error);
            }
            else
            {
                files.Add(path);
            }
        }

        _files = files.Count;
        var work = Channel.CreateBounded<(string Path, InputStamp Stamp)>(new BoundedChannelOptions(Math.Max(1, _options.Workers) * 4) { SingleWriter = true });
        var results = Channel.CreateBounded<Item>(new BoundedChannelOptions(_options.BatchSize * 4) { SingleReader = true });

        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var path in files)
                {
                    FileInfo info;
                    try
                    {
                        info = new FileInfo(path);
                        _ = info.Length;
                    }
                    catch (IOException)
                    {
                        await work.Writer.WriteAsync((path, new InputStamp(path, -1, -1)), cancellation).ConfigureAwait(false);
                        continue;
                    }

                    var stamp = InputStamp.Of(info);
                    if (inputs.TryGetValue(stamp.Path, out var done) && done == stamp)
                    {
                        Interlocked.Increment(ref _filesUnchanged);
                        Interlocked.Increment(ref _filesDone);
                        continue;
                    }

                    await work.Writer.WriteAsync((path, stamp), cancellation).ConfigureAwait(false);
                }
            }
            finally
            {
                work.Writer.Complete();
            }
        }, cancellation);

        var workers = Enumerable.Range(0, Math.Max(1, _options.Workers)).Select(worker => Task.Run(async () =>
        {
            var analyzer = _options.CreateAnalyzer();
            await foreach (var (path, stamp) in work.Reader.ReadAllAsync(cancellation).ConfigureAwait(false))
            {
                var articles = 0;
                var failed = false;
                foreach (var item in InputSource.Read(path, _options.Read))
                {
                    cancellation.ThrowIfCancellationRequested();
                    if (item.Error is { } error)
                    {
                        failed = true;
                        await results.Writer.WriteAsync(new Item.Failed(error), cancellation).ConfigureAwait(false);
                        continue;
                    }

                    articles++;
                    var document = item.Document!;
                    var id = ArticleJson.ContentId(document);
                    var url = CanonicalUrl.Of(document.Info.Url);
                    if (!knownIds.TryAdd(id, true) || (url is not null && !knownUrls.TryAdd(url, true)))
                    {
                        Interlocked.Increment(ref _duplicates);
                        continue;
                    }

                    ArticleRecord record;
                    try
                    {
                        record = ArticleRecord.From(analyzer.Analyze(document));
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // A failure of analysis on one article is a bug to report, not a reason to lose the rest of the corpus.
                        failed = true;
                        knownIds.TryRemove(id, out _);
                        await results.Writer.WriteAsync(new Item.Failed(new InputException(document.Info.Origin ?? path, $"analysis failed ({e.GetType().Name}: {e.Message})")), cancellation).ConfigureAwait(false);
                        continue;
                    }

                    await results.Writer.WriteAsync(new Item.Article(record), cancellation).ConfigureAwait(false);
                }

                await results.Writer.WriteAsync(new Item.InputDone(stamp, articles, failed), cancellation).ConfigureAwait(false);
            }
        }, cancellation)).ToList();

        var closer = Task.WhenAll(workers.Append(producer)).ContinueWith(t => results.Writer.TryComplete(t.Exception), TaskScheduler.Default);
        try
        {
            await Task.Run(() => WriteAll(results.Reader, onError, cancellation), cancellation).ConfigureAwait(false);
            await Task.WhenAll(workers.Append(producer)).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            results.Writer.TryComplete();
            await closer.ConfigureAwait(false);
            _clock.Stop();
        }

        return Progress;
    }

    private async Task WriteAll(ChannelReader<Item> reader, Action<InputException> onError, CancellationToken cancellation)
    {
        var pending = new List<Item>(_options.BatchSize);
        while (await reader.WaitToReadAsync(cancellation).ConfigureAwait(false))
        {
            pending.Clear();
            var articles = 0;
            while (articles < _options.BatchSize && reader.TryRead(out var item))
            {
                pending.Add(item);
                if (item is Item.Article)
                {
                    articles++;
                }
            }

            long stored = 0, duplicates = 0, done = 0, bytes = 0;
            using (var batch = _store.BeginBatch())
            {
                foreach (var item in pending)
                {
                    cancellation.ThrowIfCancellationRequested();
                    switch (item)
                    {
                        case Item.Article a:
                            if (batch.Add(a.Record))
                            {
                                stored++;
                            }
                            else
                            {
                                duplicates++;
                            }

                            break;
                        case Item.InputDone d:
                            // An input with a bad item is not marked done, so a rerun reports the item again.
                            if (!d.HadErrors && d.Stamp.Size >= 0)
                            {
                                batch.MarkInput(d.Stamp, d.Articles);
                            }

                            done++;
                            bytes += Math.Max(0, d.Stamp.Size);
                            break;
                    }
                }

                batch.Commit();
            }

            Interlocked.Add(ref _stored, stored);
            Interlocked.Add(ref _duplicates, duplicates);
            Interlocked.Add(ref _bytes, bytes);
            Interlocked.Add(ref _filesDone, (int)done);
            foreach (var failed in pending.OfType<Item.Failed>())
            {
                Interlocked.Increment(ref _errors);
                onError(failed.Error);
            }
        }
    }

    private abstract record Item
    {
        public sealed record Article(ArticleRecord Record) : Item;

        public sealed record Failed(InputException Error) : Item;

        public sealed record InputDone(InputStamp Stamp, int Articles, bool HadErrors) : Item;
    }
}
