using Newsgraph.Ner;

namespace Newsgraph.Tests.Ner;

public class WordVectorsTests
{
    private static WordVectors Small() => WordVectors.Quantise(["moscow", "paris", "said"], [1.27f, -0.5f, 0, 0.1f, 0.2f, -1.27f], 2);

    [Fact]
    public void Values_are_quantised_to_eight_bits_with_the_scale_of_the_largest()
    {
        var vectors = Small();
        Assert.Equal(0.01f, vectors.Scale, 6);
        Assert.Equal([127, -50], vectors.Row(vectors.Find("moscow")).ToArray());
        Assert.Equal([20, -127], vectors.Row(vectors.Find("said")).ToArray());
        Assert.Equal(-1, vectors.Find("berlin"));
    }

    [Fact]
    public void A_saved_table_loads_with_the_same_words_values_and_hash()
    {
        var vectors = Small();
        using var stream = new MemoryStream();
        vectors.Save(stream);
        stream.Position = 0;
        var loaded = WordVectors.Load(stream, "small");
        Assert.Equal(vectors.Words, loaded.Words);
        Assert.Equal(vectors.Values, loaded.Values);
        Assert.Equal(vectors.Scale, loaded.Scale);
        Assert.Equal(vectors.Hash, loaded.Hash);
    }

    [Fact]
    public void A_truncated_or_foreign_file_is_a_clear_error_naming_it()
    {
        using var full = new MemoryStream();
        Small().Save(full);
        var bytes = full.ToArray();
        var cut = Assert.Throws<InvalidDataException>(() => WordVectors.Load(new MemoryStream(bytes[..(bytes.Length - 3)]), "cut.bin"));
        Assert.Contains("cut.bin", cut.Message);
        var foreign = Assert.Throws<InvalidDataException>(() => WordVectors.Load(new MemoryStream("not vectors at all"u8.ToArray()), "other.bin"));
        Assert.Contains("other.bin", foreign.Message);
        Assert.Throws<InvalidDataException>(() => WordVectors.Load(new MemoryStream([]), "empty.bin"));
    }

    [Fact]
    public void The_npm_package_json_is_read_most_frequent_first_keeping_words_with_a_letter()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"dimensions": 2, "vectors": {"the": [0.5, -1, 0, 7], "1999": [1, 1, 0, 1], "moscow": [1, 0.25, 0, 2], "paris": [0, 1, 0, 3]}}""");
            var vectors = WordVectors.ReadWink(path, maxWords: 2);
            Assert.Equal(["the", "moscow"], vectors.Words);
            Assert.Equal(0.5f, vectors.Row(0)[0] * vectors.Scale, 2);
            Assert.Equal(0.25f, vectors.Row(1)[1] * vectors.Scale, 2);

            File.WriteAllText(path, """{"dimensions": 3, "vectors": {"the": [0.5, -1]}}""");
            var error = Assert.Throws<InvalidDataException>(() => WordVectors.ReadWink(path, 10));
            Assert.Contains("'the'", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_shipped_table_holds_common_words_and_names_of_the_news()
    {
        var vectors = WordVectors.Default;
        Assert.Equal(100, vectors.Dimensions);
        Assert.All(["the", "said", "moscow", "kerry", "tavildara"], word => Assert.True(vectors.Find(word) >= 0, word));
        Assert.Equal(-1, vectors.Find("Moscow"));
    }
}
