using System.Collections.Frozen;
using System.Collections.Immutable;
using Newsgraph.Model;
using Newsgraph.Text;

namespace Newsgraph.Entities;

/// <summary>
/// Known organisation names (the outlets of <c>outlets.tsv</c> and the organisations of <c>organisations.tsv</c>)
/// found in a document's tokens, so that a name a tagger split ("Kanal" of "Kanal 24", "Zaman" of "Today’s Zaman")
/// or mistyped ("Ottoman Hearths" as a person) is repaired to the lexicon's whole name, typed ORG.
/// </summary>
internal static class OrganisationNames
{
    private static readonly FrozenSet<string> Known = Load();

    /// <summary>The longest known name in words, so matching tries no longer spans.</summary>
    private static readonly int LongestName = Known.Max(n => n.Split(' ').Length) + 2;

    /// <summary>Token ranges [first, end) of known organisation names, longest first at each token, none overlapping.</summary>
    public static ImmutableArray<(int First, int End)> Find(Document document)
    {
        var tokens = document.Tokens;
        var found = ImmutableArray.CreateBuilder<(int, int)>();
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(document.Text[tokens[t].Start]))
            {
                continue;
            }

            for (var end = Math.Min(tokens.Length, t + LongestName); end > t; end--)
            {
                // A name ends in a word or number: folding drops dots, and "RT." is "RT" before a full stop.
                if (tokens[end - 1].Kind is TokenKind.Word or TokenKind.Number
                    && Known.Contains(EntityLexicon.Fold(document.Text[tokens[t].Start..tokens[end - 1].End])))
                {
                    found.Add((t, end));
                    t = end - 1;
                    break;
                }
            }
        }

        return found.ToImmutable();
    }

    private static FrozenSet<string> Load()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in LanguageData.Rows("en/outlets.tsv"))
        {
            // Columns: name, kind, aliases; only the kind column is not a name.
            names.UnionWith(row.Where((_, i) => i != 1 && row[i].Length > 0).Select(EntityLexicon.Fold));
        }

        foreach (var row in LanguageData.Rows("en/organisations.tsv"))
        {
            names.UnionWith(row.Where(c => c.Length > 0).Select(EntityLexicon.Fold));
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
