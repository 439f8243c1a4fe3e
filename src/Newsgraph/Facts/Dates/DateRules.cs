using System.Globalization;
using System.Text.RegularExpressions;
using Newsgraph.Model;

namespace Newsgraph.Facts.Dates;

/// <summary>What a rule makes of its match: the TIMEX3 type, value (null when it cannot be resolved) and granularity.</summary>
internal readonly record struct Resolution(TimeType Type, string? Value, string? Granularity)
{
    public static Resolution Date(TimePoint? point) => new(TimeType.Date, point?.Value, point?.Granularity);
}

/// <summary>One pattern of temporal expression and how its match is resolved; a null resolution rejects the match.</summary>
internal sealed record DateRule(string Name, Regex Pattern, Func<Match, DateContext, Resolution?> Resolve);

/// <summary>
/// The patterns of English temporal expressions in news, each with its resolver. Spans follow TimeML: a leading
/// preposition is left out, determiners and modifiers ("the past", "more than", "early") are kept.
/// </summary>
internal static class DateRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>A month name; the dot after it belongs to it only after an abbreviation ("Sept."), not at a sentence end ("in September.").</summary>
    private static readonly string MonthWord = "(?-i:" + TimeWords.Alternation("month") + @")\b(?:(?<!(?-i:" + TimeWords.FullMonthNames + @"))\.)?";
    private static readonly string Month = $"(?<month>{MonthWord})";
    private static readonly string Weekday = "(?<wd>(?-i:" + TimeWords.Alternation("weekday") + @"))\b";
    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)";
    private const string Year = @"(?<year>1[6-9]\d\d|20\d\d)(?![\d/%]|[.,]\d|-\d)";
    private const string Units = @"(?<unit>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|quarters?)";
    private static readonly string Season = "(?<season>" + TimeWords.Alternation("season") + @")\b";
    private const string PartOfDay = @"(?<pod>morning|afternoon|evening|night)\b";
    private static readonly string Count = $@"(?<n>{NumberWords.Pattern}|an?|several|a\s+few|(?:a\s+)?couple\s+of|few|many|some)(?:\s+(?:additional|more|further|full|extra))?";

    /// <summary>Modifiers kept in a duration's span (TIMEX3 MOD); "only" and "just" are no MOD, and "over the" is a preposition.</summary>
    private const string Approximately = @"(?:(?:about|around|nearly|almost|roughly|approximately|some|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|over(?!\s+the\b)|under|barely|fully|another)\s+)?";
    private const string Start = @"(?<![\w$£€-])";
    private const string End = @"(?![\w]|-\w)";

    /// <summary>An amount right before "a year" makes it a rate ("$500 million a year"), not a duration.</summary>
    private static readonly Regex Rate = new(@"(?:\d|million|billion|percent|%|cents?|dollars?|shares?|times)\s*$", Options);

    /// <summary>A capitalised word before "daily" or "weekly" makes it a newspaper ("the Star daily").</summary>
    private static readonly Regex NamePrefix = new(@"(?-i:\b[A-Z][\w']*)\s+$", Options);

    /// <summary>"Today's Zaman": a capitalised "Today" with a possessive and a name after it is a name itself.</summary>
    private static readonly Regex NameSuffix = new(@"^'s\s+(?-i:[A-Z])", Options);

    /// <summary>"three-quarters", "a quarter of the shares": a fraction, not a span of three months.</summary>
    private static readonly Regex Fraction = new(@"\w-quarters?\b|\ban?\s+quarter\s+of\b", Options);

    /// <summary>The words before a bare "May" or season that show it is a time ("in May", not "may"; "in the fall").</summary>
    private static readonly Regex TimePreposition = new(@"\b(?:in|since|until|till|by|of|during|from|through|before|after|last|next|this|early|late|mid|between|and|to|on)[\s-]+(?:the\s+)?$", Options);

    public static readonly IReadOnlyList<DateRule> All =
    [
        Rule("iso", @"(?<y>\d{4})-(?<m>[01]\d)-(?<d>[0-3]\d)(?:T(?<h>[0-2]\d):(?<mi>[0-5]\d))?", (m, c) => Iso(m)),
        Rule("month-day-year", $@"(?:{Weekday},?\s+)?{Month}\s*{Day},?\s+{Year}", (m, c) => FullDate(m, c)),
        Rule("day-month-year", $@"(?:{Weekday},?\s+)?(?:the\s+)?{Day}(?:\s+of)?\s+{Month},?\s+{Year}", (m, c) => FullDate(m, c)),
        Rule("month-day", $@"(?:{Weekday},?\s+)?{Month}\s*{Day}", (m, c) => c.MonthDay(TimeWords.Month(m.Groups["month"].Value), Int(m, "day"))),
        Rule("day-month", $@"(?:the\s+)?{Day}(?:\s+of)?\s+{Month}", (m, c) => c.MonthDay(TimeWords.Month(m.Groups["month"].Value), Int(m, "day"))),
        Rule("month-year", $@"(?:(?:the\s+)?(?:beginning|end|middle|start)\s+of\s+|(?:early|late|mid)[\s-]*)?{Month},?\s+(?:of\s+)?{Year}", (m, c) => c.Explicit(TimePoint.Month(Int(m, "year"), TimeWords.Month(m.Groups["month"].Value)), datesDays: true)),
        Rule("month", $@"(?:(?<mod>(?:the\s+)?(?:beginning|end|middle|start)\s+of\s+|(?:early|late|mid)[\s-]*))?{Month}", MonthAlone),
        Rule("year", $@"(?:(?:the\s+)?(?:beginning|end|middle|start)\s+of\s+|(?:early|late|mid)[\s-]*|fiscal\s+)?(?<![\d,.$£€#/]){Year}", (m, c) => c.Explicit(TimePoint.Year(Int(m, "year")))),
        Rule("decade", @"(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?(?<dec>1[6-9]\d|20\d)0'?s\b", (m, c) => new Resolution(TimeType.Date, m.Groups["dec"].Value, "decade")),
        Rule("decade-short", @"(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?'(?<dec>\d)0s\b", (m, c) => new Resolution(TimeType.Date, "19" + m.Groups["dec"].Value, "decade")),
        Rule("century", @"(?:the\s+)?(?<cent>\d{1,2})(?:st|nd|rd|th)\s+century", (m, c) => new Resolution(TimeType.Date, (Int(m, "cent") - 1).ToString("D2", CultureInfo.InvariantCulture), "century")),
        Rule("deictic-day", $@"(?:(?<mod>early|late|earlier|later)\s+)?(?<deic>yesterday|today|tomorrow|tonight)(?:\s+{PartOfDay})?", Deictic),
        Rule("part-of-day", $@"(?<rel>this|last|the)\s+{PartOfDay}|(?<rel>overnight)", PartOfDayAlone),
        Rule("relative", $@"(?:(?<mod>early|late|earlier|later)\s+(?:in\s+)?)?(?<rel>this|last|next|(?:the|this)\s+coming|the\s+previous|this\s+past|the\s+current|the\s+following)\s+(?:fiscal\s+)?(?:(?<what>year|month|week|weekend|quarter|decade|century)\b|{Season}|{Weekday}|{Month}(?:\s*{Day})?)", Relative),
        Rule("year-part", @"(?:the\s+)?(?:beginning|end|middle|start)\s+of\s+the\s+(?:fiscal\s+)?year", (m, c) => c.ContextYear() is { } year ? Resolution.Date(TimePoint.Year(year)) : new Resolution(TimeType.Date, null, "year")),
        // "results for the year", "the first nine months of the year": the year in force; a capital Year is a title ("Player of the Year").
        Rule("the-year", @"(?<=\b(?:of|for)\s+)the\s+(?-i:year)(?![\s-]+(?:ended|ending|earlier|ago|before|after|ahead|to|through)\b)", (m, c) => c.ContextYear() is { } year ? Resolution.Date(TimePoint.Year(year)) : new Resolution(TimeType.Date, null, "year")),
        Rule("the-weekend", @"the\s+weekend", (m, c) => c.Weekend()),
        Rule("ago", $@"{Approximately}{Count}\s+{Units}\s+(?:or\s+so\s+)?(?:(?<dir>ago|earlier|later|from\s+now|hence)|(?<dir>before)(?=\s*[.,;]))", Ago),
        Rule("anaphoric", @"(?:(?<mod>earlier|later)\s+)?the\s+(?:(?<what>day|week|month|year)\s+(?<dir>before|after|earlier|later)|(?<dir>next|following|previous|preceding|same|very)\s+(?<what>day|morning|afternoon|evening|night|week|month|year))|(?:(?<mod>earlier|later)\s+)?that\s+(?<what>day|morning|afternoon|evening|night|week|month|year)", Anaphoric),
        Rule("weekday", $@"(?:(?<mod>early|late|earlier|later)\s+)?{Weekday}(?:\s+{PartOfDay})?", (m, c) => c.Weekday(m)),
        Rule("clock", $@"(?:(?:about|around|approximately|shortly\s+(?:before|after))\s+)?(?<h>[01]?\d)(?::(?<mi>[0-5]\d))?\s*(?<ampm>[ap]\.?m\b\.?|o'clock)(?:\s+(?<tz>(?-i:[A-Z]{{2}}[SD]?T|GMT|UTC)|local\s+time))?(?:,?\s+(?:on\s+)?(?:{Weekday}|(?<deic>yesterday|today|tomorrow)))?(?:,?\s+{Month}\s*{Day})?", Clock),
        Rule("noon", $@"(?<noon>noon|midnight|midday)(?:,?\s+(?:on\s+)?(?:{Weekday}|(?<deic>yesterday|today|tomorrow)))?", Clock),
        Rule("early-hours", @"the\s+(?:early|small|wee)\s+hours", (m, c) => c.EarlyHours()),
        Rule("reference", TimeWords.Alternation("reference") + @"(?![\w-])", Reference),
        Rule("duration", $@"{Approximately}(?:the\s+(?!\S+-{Units}\b))?(?:(?<rel>past|last|next|first|coming|previous|final|latest|following|initial|remaining)\s+)?{Count}[\s-]+(?:more\s+)?{Units}(?!-old|\s+old\b)", Duration),
        Rule("duration-unit", @"(?:the\s+)?(?<rel>past|last|next|coming|previous)\s+(?<unit>year|month|week|decade|century)\b", Duration),
        Rule("quarter", $@"(?:the\s+{Year}\s+|(?<this>this\s+year's)\s+|the\s+)?(?:(?<ago>year-earlier|year-ago|comparable\s+year-ago|year\s+earlier|same)\s+)?(?:fiscal[\s-]+)?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|recent)[\s-]+)?(?:fiscal[\s-]+)?quarter\b(?:\s+of\s+(?:fiscal\s+)?{Year}|\s+{Year})?", Quarter),
        Rule("year-ago", $@"(?:the\s+)?(?:year-earlier|year-ago)(?:\s+(?:period|quarter)|\s+{Count}\s+{Units})?", (m, c) => Has(m, "unit") ? Duration(m, c) : c.Offset(-1, "Y", fromNow: false)),
        Rule("year-ended", @"the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending)\b)", (m, c) => new Resolution(TimeType.Duration, "P1Y", null)),
        Rule("vague-duration", @"(?<=\b(?:for|within|over|took|takes|take|lasted|last|in)\s+)(?<unit>years|months|weeks|days|hours|minutes|decades|centuries)\b", Duration),
        Rule("half", $@"(?:the\s+)?(?<half>first|second|last)[\s-]+half\b(?:\s+of\s+(?:(?<this>the\s+year|this\s+year)|{Year}))?", Half),
        Rule("season", $@"(?:(?<mod>early|late|mid)[\s-]*)?(?:(?<rel>this|last|next|the)\s+)?(?:(?:early|late)\s+)?{Season}(?:\s+(?:of\s+)?{Year})?", SeasonRule),
        Rule("set", $@"(?:every|each)\s+(?:other\s+)?(?:(?<what>day|week|month|year|quarter|morning|night|evening)\b|{Weekday}|{Month})|(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly)", Set),
        Rule("holiday", TimeWords.Alternation("holiday") + End, (m, c) => c.Holiday(m.Value)),
    ];

    private static DateRule Rule(string name, string pattern, Func<Match, DateContext, Resolution?> resolve) =>
        new(name, new Regex(Start + "(?:" + pattern + ")" + End, Options), resolve);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static bool Has(Match m, string group) => m.Groups[group].Success;

    private static Resolution? Iso(Match m)
    {
        if (!DateOnly.TryParseExact($"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        return Has(m, "h")
            ? new Resolution(TimeType.Time, $"{date:yyyy-MM-dd}T{m.Groups["h"].Value}:{m.Groups["mi"].Value}", "time")
            : Resolution.Date(new TimePoint(date, Grain.Day));
    }

    private static Resolution? FullDate(Match m, DateContext c)
    {
        var month = TimeWords.Month(m.Groups["month"].Value);
        var day = Int(m, "day");
        var year = Int(m, "year");
        return month == 0 || day < 1 || day > DateTime.DaysInMonth(year, month)
            ? null
            : c.Explicit(new TimePoint(new DateOnly(year, month, day), Grain.Day), datesDays: true);
    }

    private static Resolution? MonthAlone(Match m, DateContext c)
    {
        var word = m.Groups["month"].Value;
        var month = TimeWords.Month(word);
        if (word.Length <= 4 && !word.EndsWith('.') && word != "May" && word != "June" && word != "July")
        {
            return null;
        }

        var ambiguous = word is "May" or "March" || word.EndsWith('.');
        if (ambiguous && !Has(m, "mod") && !TimePreposition.IsMatch(c.Before(m.Index)))
        {
            return null;
        }

        return c.MonthOnly(month);
    }

    private static Resolution? Deictic(Match m, DateContext c)
    {
        if (m.Value.StartsWith('T') && (NamePrefix.IsMatch(c.Before(m.Index)) || NameSuffix.IsMatch(c.After(m.Index + m.Length))))
        {
            return null;
        }

        var word = m.Groups["deic"].Value.ToLowerInvariant();
        var offset = word switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 };
        var pod = word == "tonight" ? "NI" : Has(m, "pod") ? TimeWords.PartsOfDay[m.Groups["pod"].Value] : null;
        return c.DayFromNow(offset, pod);
    }

    private static Resolution? PartOfDayAlone(Match m, DateContext c)
    {
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        if (rel == "overnight")
        {
            return c.DayFromNow(0, "NI");
        }

        var pod = TimeWords.PartsOfDay[m.Groups["pod"].Value];
        return rel switch
        {
            "last" => c.DayFromNow(pod == "NI" ? -1 : 0, pod),
            "this" => c.DayFromNow(0, pod),
            _ => c.AnchorDay(0, pod),
        };
    }

    private static Resolution? Relative(Match m, DateContext c)
    {
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var step = rel.Split(' ')[^1] switch
        {
            "last" or "previous" or "past" => -1,
            "next" or "coming" or "following" => 1,
            _ => 0,
        };
        var anaphoric = rel is "the previous" or "the following";
        if (Has(m, "wd"))
        {
            return c.WeekdayStep(TimeWords.Weekdays[m.Groups["wd"].Value], step, anaphoric);
        }

        if (Has(m, "month"))
        {
            return c.MonthStep(TimeWords.Month(m.Groups["month"].Value), step, Has(m, "day") ? Int(m, "day") : 0);
        }

        if (Has(m, "season"))
        {
            return c.SeasonStep(TimeWords.Seasons[m.Groups["season"].Value], step, thisYear: step == 0);
        }

        var what = m.Groups["what"].Value.ToLowerInvariant();
        if (what == "weekend")
        {
            return c.Weekend(step, thisWeek: rel == "this");
        }

        var unit = TimeWords.Unit(what)!;
        return c.UnitStep(unit, step, anaphoric);
    }

    /// <summary>Offsets beyond this many units ("567 million years ago") leave the calendar: they resolve to PAST_REF/FUTURE_REF.</summary>
    private const double MaxOffsetAmount = 5000;

    private static Resolution? Ago(Match m, DateContext c)
    {
        var unit = TimeWords.Unit(m.Groups["unit"].Value);
        if (unit is null or "H" or "MIN" or "S")
        {
            return null;
        }

        var dir = m.Groups["dir"].Value.ToLowerInvariant();
        var sign = dir is "ago" or "earlier" or "before" ? -1 : 1;
        var amount = Amount(m.Groups["n"].Value);
        if (amount is null)
        {
            return new Resolution(TimeType.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF", null);
        }

        var fromNow = dir is "ago" or "from now" or "hence";
        if (Math.Abs(amount.Value) > MaxOffsetAmount)
        {
            return new Resolution(TimeType.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF", null);
        }

        return c.Offset((int)Math.Round(amount.Value * sign), unit, fromNow);
    }

    private static Resolution? Anaphoric(Match m, DateContext c)
    {
        var what = m.Groups["what"].Value.ToLowerInvariant();
        var dir = Has(m, "dir") ? m.Groups["dir"].Value.ToLowerInvariant() : "same";
        var step = dir switch
        {
            "before" or "earlier" or "previous" or "preceding" => -1,
            "after" or "later" or "next" or "following" => 1,
            _ => 0,
        };
        if (TimeWords.PartsOfDay.TryGetValue(what, out var pod))
        {
            return c.AnchorDay(step, pod);
        }

        var unit = TimeWords.Unit(what)!;
        return unit == "D" ? c.AnchorDay(step, null) : c.UnitStep(unit, step, anaphoric: true);
    }

    private static Resolution? Clock(Match m, DateContext c)
    {
        int hour, minute = 0;
        if (Has(m, "noon"))
        {
            hour = m.Groups["noon"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? 24 : 12;
        }
        else
        {
            hour = Int(m, "h");
            minute = Has(m, "mi") ? Int(m, "mi") : 0;
            var ampm = m.Groups["ampm"].Value.ToLowerInvariant();
            if (hour > 12 || (ampm.StartsWith('o') && !Has(m, "mi") && hour == 0))
            {
                return null;
            }

            if (ampm.StartsWith('p') && hour < 12)
            {
                hour += 12;
            }
            else if (ampm.StartsWith('a') && hour == 12)
            {
                hour = 0;
            }
        }

        return c.ClockTime(m, hour, minute);
    }

    private static Resolution? Reference(Match m, DateContext c)
    {
        if (m.Value == "Now" && c.After(m.Index + m.Length).StartsWith(',') && c.AtSentenceStart())
        {
            return null;
        }

        var key = Regex.Replace(m.Value, @"\s+", " ");
        return TimeWords.References.TryGetValue(key, out var value) ? new Resolution(TimeType.Date, value, null) : null;
    }

    private static Resolution? Duration(Match m, DateContext c)
    {
        var unit = TimeWords.Unit(m.Groups["unit"].Value);
        if (unit is null || (unit == "Q" && Fraction.IsMatch(m.Value + c.After(m.Index + m.Length))))
        {
            return null;
        }

        var amount = Has(m, "n") ? Amount(m.Groups["n"].Value) : m.Groups["unit"].Value.EndsWith('s') ? null : 1;
        var plural = m.Groups["unit"].Value.EndsWith('s') || m.Groups["unit"].Value.EndsWith("ies", StringComparison.Ordinal);
        var single = m.Groups["n"].Value.ToLowerInvariant() is "a" or "an";
        if (!plural && single && Rate.IsMatch(c.Before(m.Index)))
        {
            return null;
        }

        // "some day" is vague talk, "some 90 minutes" an amount.
        if (Has(m, "n") && m.Groups["n"].Value.Equals("some", StringComparison.OrdinalIgnoreCase) && !plural)
        {
            return null;
        }

        // "a second betrayal" is an ordinal far more often than one second.
        if (unit == "S" && !plural && single)
        {
            return null;
        }

        return new Resolution(TimeType.Duration, DurationValue(amount, unit), null);
    }

    private static Resolution? Quarter(Match m, DateContext c)
    {
        var ord = m.Groups["ord"].Value.ToLowerInvariant();
        var quarter = TimeWords.Ordinals.TryGetValue(ord, out var q) ? q : 0;
        if (!m.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase) && quarter == 0 && !Has(m, "ago") && !Has(m, "year"))
        {
            return null;
        }

        int? year = Has(m, "year") ? Int(m, "year") : Has(m, "this") ? c.Published?.Year : null;
        return c.Quarter(quarter, ord, year, Has(m, "ago"));
    }

    private static Resolution? Half(Match m, DateContext c)
    {
        var half = m.Groups["half"].Value.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : 2;
        int? year = Has(m, "year") ? Int(m, "year") : c.ContextYear();
        return new Resolution(TimeType.Date, year is { } y ? string.Create(CultureInfo.InvariantCulture, $"{y:D4}-H{half}") : null, "half");
    }

    private static Resolution? SeasonRule(Match m, DateContext c)
    {
        var code = TimeWords.Seasons[m.Groups["season"].Value];
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        if (Has(m, "year"))
        {
            return new Resolution(TimeType.Date, $"{m.Groups["year"].Value}-{code}", "season");
        }

        if (rel is "this" or "last" or "next")
        {
            return c.SeasonStep(code, rel == "last" ? -1 : rel == "next" ? 1 : 0, thisYear: rel == "this");
        }

        if ((!TimePreposition.IsMatch(c.Before(m.Index)) || (code == "FA" && rel.Length == 0)) && !Has(m, "mod"))
        {
            return null;
        }

        return c.SeasonStep(code, 0);
    }

    private static Resolution? Set(Match m, DateContext c)
    {
        if (Has(m, "adv") && NamePrefix.IsMatch(c.Before(m.Index)))
        {
            return null;
        }

        if (Has(m, "adv"))
        {
            var value = m.Groups["adv"].Value.ToLowerInvariant() switch
            {
                "daily" or "nightly" => "P1D",
                "weekly" => "P1W",
                "monthly" => "P1M",
                "hourly" => "PT1H",
                _ => "P1Y",
            };
            return new Resolution(TimeType.Set, value, null);
        }

        if (Has(m, "wd"))
        {
            return new Resolution(TimeType.Set, $"XXXX-WXX-{TimeWords.Weekdays[m.Groups["wd"].Value]}", null);
        }

        if (Has(m, "month"))
        {
            return new Resolution(TimeType.Set, $"XXXX-{TimeWords.Month(m.Groups["month"].Value):D2}", null);
        }

        var what = m.Groups["what"].Value.ToLowerInvariant();
        var every = TimeWords.PartsOfDay.TryGetValue(what, out var pod) ? "XXXX-XX-XXT" + pod
            : what == "quarter" ? "P1Q"
            : DurationValue(1, TimeWords.Unit(what)!);
        return new Resolution(TimeType.Set, every, null);
    }

    /// <summary>The number of a count phrase; null for a vague one ("several", "a few", "many").</summary>
    internal static double? Amount(string text)
    {
        var t = Regex.Replace(text.Trim().ToLowerInvariant(), @"\s+", " ");
        return t switch
        {
            "a" or "an" => 1,
            "a couple of" or "couple of" => 2,
            "several" or "a few" or "few" or "many" or "some" => null,
            _ => NumberWords.Parse(t),
        };
    }

    /// <summary>A TIMEX3 duration: P3Y, PT90M, PT3H30M for three and a half hours, PXY when the amount is vague.</summary>
    internal static string DurationValue(double? amount, string unit)
    {
        var (code, time) = unit switch
        {
            "H" => ("H", true),
            "MIN" => ("M", true),
            "S" => ("S", true),
            "DE" => ("DE", false),
            "CE" => ("CE", false),
            _ => (unit, false),
        };
        var prefix = time ? "PT" : "P";
        if (code == "Q" && amount is { } quarters)
        {
            return Format("P", quarters * 3, "M");
        }

        if (amount is not { } n)
        {
            return prefix + "X" + code;
        }

        if (code == "DE")
        {
            return Format("P", n * 10, "Y");
        }

        if (code == "CE")
        {
            return Format("P", n * 100, "Y");
        }

        var whole = Math.Floor(n);
        if (n != whole)
        {
            var smaller = unit switch
            {
                "Y" => ("M", 12.0, false),
                "D" => ("H", 24.0, true),
                "H" => ("M", 60.0, true),
                "MIN" => ("S", 60.0, true),
                _ => ((string, double, bool)?)null,
            };
            if (smaller is var (smallCode, factor, smallTime))
            {
                var first = whole > 0 ? Format("", whole, code) : "";
                var rest = Format("", (n - whole) * factor, smallCode);
                return time ? "PT" + first + rest : "P" + first + (smallTime ? "T" : "") + rest;
            }
        }

        return Format(prefix, n, code);
    }

    private static string Format(string prefix, double n, string code) =>
        prefix + n.ToString("0.##", CultureInfo.InvariantCulture) + code;
}
