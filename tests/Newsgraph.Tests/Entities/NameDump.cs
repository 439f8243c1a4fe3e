using Newsgraph.Entities;
using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Reading;
using Xunit.Abstractions;

namespace Newsgraph.Tests.Entities;

public class NameDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var doc = ArticleReader.ReadFile(Environment.GetEnvironmentVariable("NG_DUMP") ?? EntityTestDocuments.FixturePath("kerry-lavrov-moscow.txt"))[0];
        doc = new Analyzer().Analyze(doc);
        doc = doc.With(Layers.Quotes, []);
        var a = new EntityResolver().Run(doc);
        doc = doc.With(a);
        var mentions = doc.Get(Layers.Mentions);
        foreach (var e in doc.Get(Layers.Entities))
        {
            output.WriteLine($"e{e.Id} {e.Type} {e.Name} key={e.Key} titles=[{string.Join("; ", e.Titles)}] place={e.Place}");
            output.WriteLine("    " + string.Join(" | ", e.Mentions.Select(i => doc.Slice(mentions[i].Span) + ":" + mentions[i].Kind.ToString()[0])));
        }
    }
}
