using Newsgraph.Model;

namespace Newsgraph.Ner;

/// <summary>
/// The BILOU label space the tagger decodes in: O, then B, I, L, U for each of PER, ORG, LOC, MISC.
/// BILOU lets the model tell single-token names from the edges of longer ones (Ratinov and Roth 2009);
/// input and output use BIO.
/// </summary>
internal static class NerLabels
{
    public const int Outside = 0;
    public const int TypeCount = 4;
    public const int Count = 1 + TypeCount * 4;

    private const int Begin = 0;
    private const int Inside = 1;
    private const int Last = 2;
    private const int Unit = 3;

    private static readonly string[] TypeNames = ["PER", "ORG", "LOC", "MISC"];
    private static readonly string[] Names = BuildNames();

    /// <summary>Allowed[from * Count + to]: whether label <c>to</c> may follow label <c>from</c>.</summary>
    public static readonly bool[] Allowed = BuildAllowed();

    public static string Name(int label) => Names[label];

    public static int Type(int label) => label == Outside ? -1 : (label - 1) / 4;

    public static string TypeName(int type) => TypeNames[type];

    public static EntityType EntityType(int type) => type switch
    {
        0 => Model.EntityType.Person,
        1 => Model.EntityType.Organization,
        2 => Model.EntityType.Location,
        _ => Model.EntityType.Misc,
    };

    public static bool CanStart(int label) => label == Outside || Position(label) is Begin or Unit;

    public static bool CanEnd(int label) => label == Outside || Position(label) is Last or Unit;

    private static int Position(int label) => (label - 1) % 4;

    private static int Label(int type, int position) => 1 + type * 4 + position;

    /// <summary>Converts one sentence's BIO tags (B-X, I-X, O) to BILOU label indices.</summary>
    public static int[] FromBio(IReadOnlyList<string> tags)
    {
        var labels = new int[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            var type = TypeOf(tags[i]);
            if (type < 0)
            {
                labels[i] = Outside;
                continue;
            }

            var starts = tags[i][0] == 'B' || i == 0 || TypeOf(tags[i - 1]) != type;
            var continues = i + 1 < tags.Count && tags[i + 1][0] == 'I' && TypeOf(tags[i + 1]) == type;
            labels[i] = Label(type, (starts, continues) switch
            {
                (true, true) => Begin,
                (true, false) => Unit,
                (false, true) => Inside,
                (false, false) => Last,
            });
        }

        return labels;
    }

    /// <summary>The BIO tag of a BILOU label.</summary>
    public static string ToBio(int label) => label == Outside
        ? "O"
        : (Position(label) is Begin or Unit ? "B-" : "I-") + TypeNames[Type(label)];

    /// <summary>Converts IOB1 tags (an entity starts with I-, B- only between two entities of one type) to BIO.</summary>
    public static string[] Iob1ToBio(IReadOnlyList<string> tags)
    {
        var bio = new string[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            var type = TypeOf(tag);
            bio[i] = type >= 0 && tag[0] == 'I' && (i == 0 || TypeOf(tags[i - 1]) != type) ? "B-" + TypeNames[type] : tag;
        }

        return bio;
    }

    /// <summary>The type index of a tag such as B-PER or I-LOC; -1 for O or an unknown type.</summary>
    public static int TypeOf(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-')
        {
            return -1;
        }

        return Array.IndexOf(TypeNames, tag[2..]);
    }

    private static string[] BuildNames()
    {
        var names = new string[Count];
        names[Outside] = "O";
        for (var t = 0; t < TypeCount; t++)
        {
            names[Label(t, Begin)] = "B-" + TypeNames[t];
            names[Label(t, Inside)] = "I-" + TypeNames[t];
            names[Label(t, Last)] = "L-" + TypeNames[t];
            names[Label(t, Unit)] = "U-" + TypeNames[t];
        }

        return names;
    }

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[Count * Count];
        for (var from = 0; from < Count; from++)
        {
            for (var to = 0; to < Count; to++)
            {
                var open = from != Outside && Position(from) is Begin or Inside;
                allowed[from * Count + to] = open
                    ? to != Outside && Type(to) == Type(from) && Position(to) is Inside or Last
                    : CanStart(to);
            }
        }

        return allowed;
    }
}
