using System.Diagnostics;
using System.Text;
using Newsgraph.Pipeline;
using static Newsgraph.Tests.Entities.EntityTestDocuments;

namespace Newsgraph.Tests.Entities;

public class EntityScaleTests
{
    /// <summary>A long article (about 1 MB) resolves in time linear in its length, not quadratic.</summary>
    private const int Paragraphs = 8000;

    /// <summary>Generous for 2 shared cores; the quadratic version this guards against ran over 10 minutes.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    [Fact]
    public void Resolves_a_long_article_in_linear_time()
    {
        var text = new StringBuilder("Talks\n\n");
        for (var i = 0; i < Paragraphs; i++)
        {
            text.Append("US Secretary of State John Kerry met Sergey Lavrov in Moscow. He said the talks went well. The top US diplomat agreed, and his hosts smiled.\n\n");
        }

        var document = Named(text.ToString(), headline: true).With(Layers.Quotes, []);
        var clock = Stopwatch.StartNew();
        var resolved = document.With(new Newsgraph.Entities.EntityResolver().Run(document));
        clock.Stop();
        Assert.True(clock.Elapsed < Budget, $"took {clock.Elapsed}");
        Assert.Equal("John Kerry", EntityAt(resolved, "He", Paragraphs / 2)?.Name);
    }
}
