using System.Globalization;
using System.Text.RegularExpressions;
using Newsgraph.Model;

namespace Newsgraph.Facts.Dates;

/// <summary>
/// What resolving a temporal expression depends on besides its words: the publication date, the tense of its
/// clause, and the dates mentioned before it (the year in force, the last date, the last quarter), read in text order.
/// </summary>
internal sealed class DateContext
{
    /// <summary>A full date this many sentences back still dates "March 19"; further back it misdated more TempEval dev dates than it fixed.</summary>
    private const int YearReach = 2;

    /// <summary>A quarter mentioned this many sentences back is what "a year earlier" compares with.</summary>
    private const int QuarterReach = 3;

    /// <summary>Characters looked at before an expression to see whether it follows a time preposition.</summary>
    private const int LookBehind = 24;

    private readonly Document _document;
    private (int Year, int Sentence)? _year;
    private (TimePoint Point, int Sentence)? _quarter;
    private TimePoint? _anchor;
    private int _start, _end, _sentence;

    public DateContext(Document document)
    {
        _document = document;
        Published = document.Info.Published;
    }

    public DateOnly? Published { get; }

    /// <summary>Moves to the expression at [start, end) of the original text.</summary>
    public void Enter(int start, int end)
    {
        _start = start;
        _end = end;
        _sentence = _document.Tokens.IsDefaultOrEmpty || _document.Sentences.IsDefaultOrEmpty
            ? 0
            : _document.SentenceOfToken(Math.Min(_document.TokenAt(start), _document.Tokens.Length - 1));
    }

    /// <summary>Records a resolved date as the anchor of later anaphoric expressions ("the day before").</summary>
    public void Remember(Resolution resolution)
    {
        if (resolution.Type == TimeType.Date && Parse(resolution.Value) is { } point)
        {
            _anchor = point;
        }
    }

    public string Before(int normalizedIndex)
    {
        var text = _document.Normalized.Text;
        var from = Math.Max(0, normalizedIndex - LookBehind);
        return text[from..normalizedIndex];
    }

    /// <summary>Whether only spaces and punctuation stand between the sentence start and the current expression.</summary>
    public bool AtSentenceStart()
    {
        if (_document.Sentences.IsDefaultOrEmpty)
        {
            return _start == 0;
        }

        var sentence = _document.Sentences[_sentence];
        return _document.Text[sentence.Start.._start].All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c));
    }

    public string After(int normalizedIndex)
    {
        var text = _document.Normalized.Text;
        return text[normalizedIndex..Math.Min(text.Length, normalizedIndex + LookBehind)];
    }

    private ClauseTense Tense => Dates.Tense.At(_document, _start, _end);

    /// <summary>A date that states its year; a full date or month also dates the days and months named after it.</summary>
    public Resolution Explicit(TimePoint point, bool datesDays = false)
    {
        if (datesDays)
        {
            _year = (point.Date.Year, _sentence);
        }

        return Resolution.Date(point);
    }

    public int? ContextYear() =>
        _year is { } y && _sentence - y.Sentence <= YearReach ? y.Year : Published?.Year;

    public Resolution? MonthDay(int month, int day)
    {
        if (month == 0 || day < 1 || day > 31)
        {
            return null;
        }

        var year = YearFor(month, day);
        if (year is null)
        {
            return new Resolution(TimeType.Date, null, "day");
        }

        return day > DateTime.DaysInMonth(year.Value, month)
            ? null
            : Resolution.Date(new TimePoint(new DateOnly(year.Value, month, day), Grain.Day));
    }

    public Resolution? MonthOnly(int month)
    {
        var year = YearFor(month, 0);
        return year is null
            ? new Resolution(TimeType.Date, null, "month")
            : Resolution.Date(TimePoint.Month(year.Value, month));
    }

    /// <summary>
    /// The year of a month (and day) given without one: the year stated in the last few sentences, else the
    /// publication year, moved back when a past clause names a later month and forward when a future one names an earlier month.
    /// </summary>
    private int? YearFor(int month, int day)
    {
        if (_year is { } y && _sentence - y.Sentence <= YearReach)
        {
            return y.Year;
        }

        if (Published is not { } dct)
        {
            return null;
        }

        var (tense, marked) = Dates.Tense.Marked(_document, _start, _end);
        var best = dct.Year;
        var bestCost = double.MaxValue;
        for (var year = dct.Year - 1; year <= dct.Year + 1; year++)
        {
            var date = new DateOnly(year, month, Math.Clamp(day, 1, DateTime.DaysInMonth(year, month)));
            var days = date.DayNumber - dct.DayNumber;
            if (day == 0 && month == dct.Month && year == dct.Year)
            {
                days = 0;
            }

            var against = (days > 0 && tense == ClauseTense.Past) || (days < 0 && tense == ClauseTense.Future);
            var cost = Math.Abs(days) * (!against ? 1 : marked ? AgainstMarkedTenseCost : AgainstTenseCost);
            if (cost < bestCost)
            {
                best = year;
                bestCost = cost;
            }
        }

        return best;
    }

    /// <summary>A date on the other side of the publication date from the clause's tense counts as this many times further away (2 beat 3 on TempEval dev).</summary>
    private const double AgainstTenseCost = 2;

    /// <summary>The same when a marker ("were", "will") shows the tense: 4 keeps "were held on March 19" in the past and cost 0.2 value F1 on TempEval dev.</summary>
    private const double AgainstMarkedTenseCost = 4;

    public Resolution? DayFromNow(int offset, string? partOfDay)
    {
        if (Published is not { } dct)
        {
            return new Resolution(partOfDay is null ? TimeType.Date : TimeType.Time, null, partOfDay is null ? "day" : "time");
        }

        return Day(dct.AddDays(offset), partOfDay);
    }

    public Resolution? AnchorDay(int offset, string? partOfDay)
    {
        var anchor = _anchor is { Grain: Grain.Day } a ? a.Date : Published;
        return anchor is { } date ? Day(date.AddDays(offset), partOfDay) : new Resolution(TimeType.Date, null, "day");
    }

    private static Resolution Day(DateOnly date, string? partOfDay) => partOfDay is null
        ? Resolution.Date(new TimePoint(date, Grain.Day))
        : new Resolution(TimeType.Time, $"{date:yyyy-MM-dd}T{partOfDay}", "time");

    public Resolution? Weekday(Match m)
    {
        var weekday = TimeWords.Weekdays[m.Groups["wd"].Value];
        var pod = m.Groups["pod"].Success ? TimeWords.PartsOfDay[m.Groups["pod"].Value] : null;
        if (Published is not { } dct)
        {
            return new Resolution(pod is null ? TimeType.Date : TimeType.Time, null, pod is null ? "day" : "time");
        }

        return Day(WeekdayDate(dct, weekday, 0), pod);
    }

    /// <summary>
    /// "last Tuesday" (-1), "next Tuesday" (+1), "this Tuesday" or "Tuesday" (0, by the clause's tense); "the previous
    /// Friday" (anaphoric) steps from the day last named.
    /// </summary>
    public Resolution? WeekdayStep(int weekday, int step, bool anaphoric = false)
    {
        var basis = anaphoric && _anchor is { Grain: Grain.Day } a ? a.Date : Published;
        return basis is { } date ? Day(WeekdayDate(date, weekday, step), null) : new Resolution(TimeType.Date, null, "day");
    }

    private DateOnly WeekdayDate(DateOnly dct, int weekday, int step)
    {
        var today = IsoDay(dct);
        var back = (today - weekday + 7) % 7;
        var ahead = (weekday - today + 7) % 7;
        return step switch
        {
            < 0 => dct.AddDays(-(back == 0 ? 7 : back)),
            > 0 => dct.AddDays(ahead == 0 ? 7 : ahead),
            _ => Tense == ClauseTense.Future ? dct.AddDays(ahead) : dct.AddDays(-back),
        };
    }

    private static int IsoDay(DateOnly date) => ((int)date.DayOfWeek + 6) % 7 + 1;

    /// <summary>"last October" (-1), "next May" (+1), "this June" (0); with a day ("last Oct. 23") that day of the month.</summary>
    public Resolution? MonthStep(int month, int step, int day = 0)
    {
        if (Published is not { } dct)
        {
            return new Resolution(TimeType.Date, null, day == 0 ? "month" : "day");
        }

        var year = step switch
        {
            < 0 => month < dct.Month ? dct.Year : dct.Year - 1,
            > 0 => month > dct.Month ? dct.Year : dct.Year + 1,
            _ => dct.Year,
        };
        if (day != 0)
        {
            return day > DateTime.DaysInMonth(year, month) ? null : Resolution.Date(new TimePoint(new DateOnly(year, month, day), Grain.Day));
        }

        return Resolution.Date(TimePoint.Month(year, month));
    }

    /// <summary>Seasons in the order a year runs through them; winter is the one that starts in December.</summary>
    private static readonly string[] SeasonOrder = ["", "SP", "SU", "FA", "WI"];

    public Resolution? SeasonStep(string code, int step, bool thisYear = false)
    {
        if (Published is not { } dct)
        {
            return new Resolution(TimeType.Date, null, "season");
        }

        var current = dct.Month switch { 12 => 4, 1 or 2 => 0, _ => dct.Month / 3 };
        var index = Array.IndexOf(SeasonOrder, code);
        var year = step switch
        {
            < 0 => index < current ? dct.Year : dct.Year - 1,
            > 0 => index > current ? dct.Year : dct.Year + 1,
            _ => thisYear ? dct.Year : ContextYear() is { } y && y != dct.Year ? y
                : index > current && Tense == ClauseTense.Past ? dct.Year - 1 : dct.Year,
        };
        return new Resolution(TimeType.Date, string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{code}"), "season");
    }

    /// <summary>"last/next weekend"; "this weekend" is the one of the current week, "the weekend" the one the clause's tense points to.</summary>
    public Resolution? Weekend(int step = 0, bool thisWeek = false)
    {
        if (Published is not { } dct)
        {
            return new Resolution(TimeType.Date, null, "week");
        }

        var saturday = step switch
        {
            < 0 => WeekdayDate(dct, 6, -1),
            > 0 => WeekdayDate(dct, 6, 1),
            _ when thisWeek => dct.AddDays(6 - IsoDay(dct)),
            _ => IsoDay(dct) == 7 ? dct.AddDays(-1) : WeekdayDate(dct, 6, 0),
        };
        return new Resolution(TimeType.Date, new TimePoint(saturday, Grain.Week).Value + "-WE", "week");
    }

    /// <summary>"this/last/next year", "the previous month": a step from the publication date, or from the last date when anaphoric.</summary>
    public Resolution? UnitStep(string unit, int step, bool anaphoric)
    {
        TimePoint? basis = anaphoric && _anchor is { } a ? a : Published is { } d ? new TimePoint(d, Grain.Day) : null;
        if (unit == "Q" && step == 0 && anaphoric && _quarter is { } q)
        {
            basis = q.Point;
        }

        if (basis is not { } b)
        {
            return new Resolution(TimeType.Date, null, unit);
        }

        switch (unit)
        {
            case "DE":
                return new Resolution(TimeType.Date, (b.Date.Year / 10 + step).ToString(CultureInfo.InvariantCulture), "decade");
            case "CE":
                return new Resolution(TimeType.Date, (b.Date.Year / 100 + step).ToString("D2", CultureInfo.InvariantCulture), "century");
            case "H" or "MIN" or "S":
                return null;
        }

        var point = new TimePoint(b.Date, TimePoint.GrainOf(unit)).Shift(step, unit);
        if (point.Grain == Grain.Quarter)
        {
            _quarter = (point, _sentence);
        }

        return Resolution.Date(point);
    }

    /// <summary>"two years ago" from the publication date; "a year earlier" from the last date (a quarter when one was just named).</summary>
    public Resolution? Offset(int amount, string unit, bool fromNow)
    {
        if (unit == "Y" && Math.Abs(amount) == 1 && _quarter is { } q && _sentence - q.Sentence <= QuarterReach)
        {
            return Resolution.Date(q.Point.Shift(amount, "Y"));
        }

        TimePoint? basis = !fromNow && _anchor is { } a ? a : Published is { } d ? new TimePoint(d, Grain.Day) : null;
        if (basis is not { } b)
        {
            return new Resolution(TimeType.Date, null, null);
        }

        var grain = fromNow ? TimePoint.GrainOf(unit) : b.Grain;
        var years = unit switch { "Y" => amount, "DE" => amount * 10L, "CE" => amount * 100L, "Q" => amount / 4, "M" => amount / 12, "W" => amount / 52, _ => amount / 365 };
        if (b.Date.Year + years is < 2 or > 9998)
        {
            // The calendar runs from year 1 to 9999: a point beyond it is only "in the past" or "in the future".
            return new Resolution(TimeType.Date, amount < 0 ? "PAST_REF" : "FUTURE_REF", null);
        }

        if (unit is "DE" or "CE")
        {
            return Resolution.Date(new TimePoint(b.Date.AddYears(amount * (unit == "DE" ? 10 : 100)), Grain.Year));
        }

        return Resolution.Date(new TimePoint(b.Date, grain).Shift(amount, unit));
    }

    public Resolution? ClockTime(Match m, int hour, int minute)
    {
        DateOnly? date = Published;
        if (m.Groups["month"].Success && MonthDay(TimeWords.Month(m.Groups["month"].Value), int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture)) is { Value: { } monthDay })
        {
            date = DateOnly.ParseExact(monthDay, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if (m.Groups["wd"].Success && Published is { } dct)
        {
            date = WeekdayDate(dct, TimeWords.Weekdays[m.Groups["wd"].Value], 0);
        }
        else if (m.Groups["deic"].Success && Published is { } now)
        {
            date = now.AddDays(m.Groups["deic"].Value.ToLowerInvariant() switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 });
        }
        else if (_anchor is { Grain: Grain.Day } anchor)
        {
            date = anchor.Date;
        }

        var clock = string.Create(CultureInfo.InvariantCulture, $"{hour:D2}:{minute:D2}");
        return new Resolution(TimeType.Time, date is { } day ? $"{day:yyyy-MM-dd}T{clock}" : null, "time");
    }

    /// <summary>"in the early hours" of the day the finder attaches afterwards; of the publication day until then.</summary>
    public Resolution? EarlyHours() => DayFromNow(0, "NI");

    /// <summary>
    /// A fiscal or calendar quarter: its number and year when given; "the quarter" and "the latest quarter" are the one
    /// just discussed, else the last one completed; a quarter still to come this year, in a past clause, is last year's.
    /// </summary>
    public Resolution? Quarter(int quarter, string ordinal, int? year, bool yearAgo)
    {
        TimePoint point;
        var recent = _quarter is { } q && _sentence - q.Sentence <= QuarterReach ? q.Point : (TimePoint?)null;
        if (quarter == 0 && ordinal is "final" && (year ?? ContextYear()) is { } finalYear)
        {
            point = TimePoint.Quarter(finalYear, 4);
        }
        else if (quarter == 0)
        {
            if (recent is { } r && ordinal is not ("last" or "current" or "latest" or "recent"))
            {
                point = r;
            }
            else if (Published is { } dct)
            {
                var current = TimePoint.Quarter(dct.Year, (dct.Month + 2) / 3);
                point = ordinal == "current" ? current : current.Shift(-1, "Q");
            }
            else
            {
                return new Resolution(TimeType.Date, null, "quarter");
            }
        }
        else if (year is { } y)
        {
            point = TimePoint.Quarter(y, quarter);
        }
        else if (Published is { } dct)
        {
            var candidate = TimePoint.Quarter(dct.Year, quarter);
            point = candidate.Date > dct && Tense == ClauseTense.Past ? candidate.Shift(-1, "Y") : candidate;
        }
        else
        {
            return new Resolution(TimeType.Date, null, "quarter");
        }

        if (yearAgo)
        {
            return Resolution.Date(point.Shift(-1, "Y"));
        }

        _quarter = (point, _sentence);
        return Resolution.Date(point);
    }

    public Resolution? Holiday(string text)
    {
        var key = Regex.Replace(text, @"\s+", " ");
        if (!TimeWords.Holidays.TryGetValue(key, out var monthDay))
        {
            return null;
        }

        var parts = monthDay.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (parts.Length == 2)
        {
            return MonthDay(parts[0], parts[1]);
        }

        var year = YearFor(parts[0], 0);
        return year is { } y ? Resolution.Date(new TimePoint(NthWeekday(y, parts[0], parts[1], parts[2]), Grain.Day)) : new Resolution(TimeType.Date, null, "day");
    }

    /// <summary>The n-th given weekday of a month; n = 5 means the last one (Memorial Day).</summary>
    private static DateOnly NthWeekday(int year, int month, int weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var date = first.AddDays((weekday - IsoDay(first) + 7) % 7 + 7 * (n - 1));
        return date.Month == month ? date : date.AddDays(-7);
    }

    private static TimePoint? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new TimePoint(day, Grain.Day);
        }

        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new TimePoint(month, Grain.Month);
        }

        if (value.Length == 7 && value[5] == 'Q' && int.TryParse(value[..4], CultureInfo.InvariantCulture, out var qy))
        {
            return TimePoint.Quarter(qy, value[6] - '0');
        }

        return value.Length == 4 && int.TryParse(value, CultureInfo.InvariantCulture, out var year) ? TimePoint.Year(year) : null;
    }
}
