using Newsgraph.Model;
using Newsgraph.Pipeline;
using Newsgraph.Reading;

namespace Newsgraph.Tests.Ner;

public class NameTaggerTests
{
    private static Document Analyze(string text) => new Analyzer().Analyze(PlainTextReader.FromText(text, "test"));

    private static List<(string Text, EntityType Type)> Names(Document document) =>
        document.Get(Layers.Names).Select(m => (document.Text[m.Start..m.End], m.Type)).ToList();

    [Fact]
    public void Names_in_ordinary_article_text_are_found_with_their_types()
    {
        var document = Analyze("Talks in Moscow\n\nUS Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday, the State Department said.");
        var names = Names(document);
        Assert.Contains(("John Kerry", EntityType.Person), names);
        Assert.Contains(("Sergei Lavrov", EntityType.Person), names);
        Assert.Contains(("Moscow", EntityType.Location), names);
        Assert.Contains(("State Department", EntityType.Organization), names);
        Assert.All(document.Get(Layers.Names), m => Assert.Equal(MentionKind.Name, m.Kind));
    }

    [Fact]
    public void Curly_apostrophes_do_not_break_a_name()
    {
        var names = Names(Analyze("Headline\n\nRussia\u2019s President Vladimir Putin spoke in the Kremlin."));
        Assert.Contains(("Vladimir Putin", EntityType.Person), names);
        Assert.Contains(("Russia", EntityType.Location), names);
    }
}
