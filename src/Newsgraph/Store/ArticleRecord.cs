using System.Text;
using Newsgraph.Model;
using Newsgraph.Output;
using Newsgraph.Stories;

namespace Newsgraph.Store;

/// <summary>An analysed article ready to store: its content hash, canonical URL and near-duplicate signature.</summary>
internal sealed record ArticleRecord(Document Document, string Id, string? Url, byte[] MinHash)
{
    public static ArticleRecord From(Document analysed)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        return new ArticleRecord(
            analysed,
            ArticleJson.ContentId(analysed),
            CanonicalUrl.Of(analysed.Info.Url),
            Stories.MinHash.Compute(analysed.Text).ToBytes());
    }
}

/// <summary>The key that makes one entity row of the same real-world entity in every article.</summary>
internal static class EntityKeys
{
    /// <summary>The resolver's key when it gives one; otherwise the type and the name folded to lower case without dots.</summary>
    public static string For(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!string.IsNullOrWhiteSpace(entity.Key))
        {
            return entity.Key;
        }

        var name = new StringBuilder(entity.Name.Length);
        var space = false;
        foreach (var c in entity.Name)
        {
            if (char.IsWhiteSpace(c))
            {
                space = name.Length > 0;
                continue;
            }

            if (c == '.')
            {
                continue;
            }

            if (space)
            {
                name.Append(' ');
                space = false;
            }

            name.Append(char.ToLowerInvariant(c));
        }

        return ArticleJson.TypeName(entity.Type) + ":" + name;
    }
}

/// <summary>One form for the many URLs of one page: lower-case scheme and host, no fragment, no tracking parameters.</summary>
internal static class CanonicalUrl
{
    private static readonly string[] TrackingPrefixes = ["utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid"];

    public static string? Of(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        }

        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !TrackingPrefixes.Any(t => p.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : "";
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port;
        // http and https of one page are one article, so both become https.
        return $"https://{uri.Host.ToLowerInvariant()}{port}{path}" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }
}
