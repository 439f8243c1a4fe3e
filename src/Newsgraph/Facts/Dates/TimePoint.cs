using System.Globalization;

namespace Newsgraph.Facts.Dates;

internal enum Grain : byte
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// <summary>A calendar date at a granularity: the day, week, month, quarter or year that contains <see cref="Date"/>.</summary>
internal readonly record struct TimePoint(DateOnly Date, Grain Grain)
{
    public string Value => Grain switch
    {
        Grain.Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Grain.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(Date.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(Date.ToDateTime(TimeOnly.MinValue)):D2}"),
        Grain.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        Grain.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Date.Year:D4}-Q{(Date.Month + 2) / 3}"),
        _ => Date.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public string Granularity => Grain.ToString().ToLowerInvariant();

    public static TimePoint Year(int year) => new(new DateOnly(year, 1, 1), Grain.Year);

    public static TimePoint Month(int year, int month) => new(new DateOnly(year, month, 1), Grain.Month);

    public static TimePoint Quarter(int year, int quarter) => new(new DateOnly(year, quarter * 3 - 2, 1), Grain.Quarter);

    /// <summary>This point moved by <paramref name="amount"/> units of <paramref name="unit"/> (Y, Q, M, W, D).</summary>
    public TimePoint Shift(int amount, string unit) => unit switch
    {
        "Y" => this with { Date = Date.AddYears(amount) },
        "DE" => this with { Date = Date.AddYears(amount * 10) },
        "Q" => this with { Date = Date.AddMonths(amount * 3) },
        "M" => this with { Date = Date.AddMonths(amount) },
        "W" => this with { Date = Date.AddDays(amount * 7) },
        _ => this with { Date = Date.AddDays(amount) },
    };

    /// <summary>The same point seen at a granularity of one unit (a year, a month...), for "a year ago".</summary>
    public static Grain GrainOf(string unit) => unit switch
    {
        "Y" or "DE" or "CE" => Grain.Year,
        "Q" => Grain.Quarter,
        "M" => Grain.Month,
        "W" => Grain.Week,
        _ => Grain.Day,
    };
}
