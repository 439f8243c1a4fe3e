using Newsgraph.Store;
using Npgsql;

namespace Newsgraph.Tests.Store;

public sealed class StoreLocationTests
{
    [Fact]
    public void APostgresUriBecomesAConnectionString()
    {
        var location = StoreLocation.Parse("postgres://reader:s%40cret@db.example:6543/news?sslmode=disable");
        Assert.Equal(StoreBackend.Postgres, location.Backend);
        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal("db.example", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("news", builder.Database);
        Assert.Equal("reader", builder.Username);
        Assert.Equal("s@cret", builder.Password);
        Assert.Equal(SslMode.Disable, builder.SslMode);
        Assert.DoesNotContain("cret", location.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void AnNpgsqlConnectionStringSelectsPostgres()
    {
        var location = StoreLocation.Parse("Host=127.0.0.1;Port=5432;Database=news;Username=me");
        Assert.Equal(StoreBackend.Postgres, location.Backend);
        Assert.Equal("news", new NpgsqlConnectionStringBuilder(location.ConnectionString).Database);
    }

    [Fact]
    public void AnythingElseIsAnSqliteFile()
    {
        var location = StoreLocation.Parse("data/news.db");
        Assert.Equal(StoreBackend.Sqlite, location.Backend);
        Assert.Equal(Path.GetFullPath("data/news.db"), location.ConnectionString);
    }

    [Fact]
    public void ABrokenUriIsAClearError()
    {
        var error = Assert.Throws<StoreException>(() => StoreLocation.Parse("postgres://"));
        Assert.Contains("not a valid PostgreSQL URI", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.example.com/news/a/?utm_source=x&id=3#top", "https://www.example.com/news/a?id=3")]
    [InlineData("http://WWW.Example.com/news/a", "https://www.example.com/news/a")]
    [InlineData("https://example.com/", "https://example.com")]
    public void UrlsOfOnePageShareOneCanonicalForm(string url, string canonical) =>
        Assert.Equal(canonical, CanonicalUrl.Of(url));
}
