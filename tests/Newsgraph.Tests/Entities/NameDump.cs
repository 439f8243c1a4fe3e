using Newsgraph.Pipeline;
using Newsgraph.Reading;
using Xunit.Abstractions;

namespace Newsgraph.Tests.Entities;

public class NameDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var doc = ArticleReader.ReadFile(EntityTestDocuments.FixturePath("kerry-lavrov-moscow.txt"))[0];
        doc = new Analyzer().Analyze(doc);
        foreach (var m in doc.Get(Layers.Names))
        {
            output.WriteLine($"{m.Type}\t{doc.Slice(m.Span)}");
        }
    }
}
