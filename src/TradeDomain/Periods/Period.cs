using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>
/// A calendar interval of whole months or whole days with its granularity: a year, half-year, quarter, month, an
/// inclusive month range (January–September 2024, year-to-date), a fiscal year from a start month (FY2023/24), a day
/// or a day range. Built on NodaTime (<see cref="LocalDate"/>, <see cref="YearMonth"/>, <see cref="DateInterval"/>).
/// </summary>
/// <remarks>
/// <para>Years 1–9999 of the ISO calendar. <c>default(Period)</c> has no kind (<see cref="IsDefault"/>) and is refused by
/// the operations.</para>
/// <para>Comparisons of values between periods need comparable periods — the same length in months (or in days for
/// day periods): comparing a quarter with a year throws <see cref="ArgumentException"/> saying so
/// (<see cref="EnsureComparable"/>).</para>
/// <para>Text: canonical forms <c>2023</c>, <c>2023-H1</c>, <c>2023-Q4</c>, <c>2024-03</c>, <c>2024-01/2024-09</c>,
/// <c>FY2023/24</c>, <c>2024-03-05</c>, <c>2024-03-05/2024-03-10</c> (format <c>G</c>); English phrases (<c>E</c>:
/// "the first quarter of 2024", "January–September 2024") and Russian (<c>R</c>: "I квартал 2024 года",
/// "январь–сентябрь 2024 года"). All parse back.</para>
/// </remarks>
[JsonConverter(typeof(PeriodJsonConverter))]
public readonly partial struct Period : IEquatable<Period>, IComparable<Period>, IComparable
{
    private readonly LocalDate start;
    private readonly LocalDate end;
    private readonly PeriodKind kind;
    private readonly byte fiscalStartMonth;

    private Period(LocalDate start, LocalDate end, PeriodKind kind, int fiscalStartMonth = 0)
    {
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.fiscalStartMonth = (byte)fiscalStartMonth;
    }

    /// <summary>The calendar year.</summary>
    public static Period Year(int year)
    {
        CheckYear(year);
        return new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), PeriodKind.Year);
    }

    /// <summary>The first (1) or second (2) half of a year.</summary>
    public static Period HalfYear(int year, int half)
    {
        CheckYear(year);
        Preconditions.CheckArgumentRange(half, 1, 2);
        var first = new YearMonth(year, (half * 6) - 5);
        return new(first.OnDayOfMonth(1), first.PlusMonths(5).ToDateInterval().End, PeriodKind.HalfYear);
    }

    /// <summary>Quarter 1–4 of a year.</summary>
    public static Period Quarter(int year, int quarter)
    {
        CheckYear(year);
        Preconditions.CheckArgumentRange(quarter, 1, 4);
        var first = new YearMonth(year, (quarter * 3) - 2);
        return new(first.OnDayOfMonth(1), first.PlusMonths(2).ToDateInterval().End, PeriodKind.Quarter);
    }

    /// <summary>A calendar month.</summary>
    public static Period Month(int year, int month)
    {
        CheckYear(year);
        Preconditions.CheckArgumentRange(month, 1, 12);
        return Month(new YearMonth(year, month));
    }

    /// <summary>A calendar month.</summary>
    public static Period Month(YearMonth month)
    {
        CheckYear(month.Year);
        var interval = month.ToDateInterval();
        return new(interval.Start, interval.End, PeriodKind.Month);
    }

    /// <summary>An inclusive range of whole months, e.g. January–September 2024.</summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static Period MonthRange(YearMonth first, YearMonth last)
    {
        CheckYear(first.Year);
        CheckYear(last.Year);
        Preconditions.CheckArgument(first <= last, nameof(last),
            $"The month range ends ({Canonical(last)}) before it starts ({Canonical(first)}); the last month must not precede the first.");
        return new(first.OnDayOfMonth(1), last.ToDateInterval().End, PeriodKind.MonthRange);
    }

    /// <summary>January to <paramref name="lastMonth"/> of its year (year-to-date), a <see cref="PeriodKind.MonthRange"/>.</summary>
    public static Period YearToDate(YearMonth lastMonth) => MonthRange(new YearMonth(lastMonth.Year, 1), lastMonth);

    /// <summary>The fiscal year of twelve months starting in <paramref name="startMonth"/> of <paramref name="startYear"/>
    /// (April by default: FY2023/24 = April 2023 – March 2024).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startMonth"/> is outside 2–12 (a fiscal year from
    /// January is the calendar year: use <see cref="Year"/>).</exception>
    public static Period FiscalYear(int startYear, int startMonth = 4)
    {
        CheckYear(startYear);
        CheckYear(startYear + 1);
        Preconditions.CheckArgumentRange(startMonth, 2, 12);
        var first = new YearMonth(startYear, startMonth);
        return new(first.OnDayOfMonth(1), first.PlusMonths(11).ToDateInterval().End, PeriodKind.FiscalYear, startMonth);
    }

    /// <summary>A single day.</summary>
    public static Period Day(LocalDate date)
    {
        CheckYear(date.Year);
        return new(date, date, PeriodKind.Day);
    }

    /// <summary>An inclusive range of days.</summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static Period DayRange(LocalDate first, LocalDate last)
    {
        CheckYear(first.Year);
        CheckYear(last.Year);
        Preconditions.CheckArgument(first <= last, nameof(last), $"The day range ends ({last:uuuu-MM-dd}) before it starts ({first:uuuu-MM-dd}).");
        return new(first, last, PeriodKind.DayRange);
    }

    /// <summary>The days of a NodaTime interval as a <see cref="PeriodKind.DayRange"/> (a <see cref="PeriodKind.Day"/> for one day).</summary>
    public static Period FromDateInterval(DateInterval interval)
    {
        Preconditions.CheckNotNull(interval);
        return interval.Start == interval.End ? Day(interval.Start) : DayRange(interval.Start, interval.End);
    }

    private static void CheckYear(int year) => Preconditions.CheckArgumentRange(year, 1, 9999, nameof(year));

    /// <summary>True for <c>default(Period)</c>, which is no period.</summary>
    public bool IsDefault => kind == 0;

    /// <summary>The granularity.</summary>
    public PeriodKind Kind => kind;

    /// <summary>The first day.</summary>
    public LocalDate Start => start;

    /// <summary>The last day (inclusive).</summary>
    public LocalDate End => end;

    /// <summary>The year of the first day.</summary>
    public int StartYear => start.Year;

    /// <summary>For a fiscal year, the month it starts in (4 = April); 0 otherwise.</summary>
    public int FiscalStartMonth => fiscalStartMonth;

    /// <summary>True for periods of whole months (every kind but <see cref="PeriodKind.Day"/> and <see cref="PeriodKind.DayRange"/>).</summary>
    public bool IsMonthBased => kind is not (PeriodKind.Day or PeriodKind.DayRange);

    /// <summary>Length in whole months.</summary>
    /// <exception cref="InvalidOperationException">A day period (use <see cref="LengthInDays"/>).</exception>
    public int LengthInMonths => IsMonthBased
        ? ((end.Year - start.Year) * 12) + end.Month - start.Month + 1
        : throw new InvalidOperationException($"{this} is a day period; its length is {LengthInDays} days, not whole months.");

    /// <summary>Length in days, both ends included.</summary>
    public int LengthInDays => Period.DaysBetween(start, end) + 1;

    /// <summary>The first month (month-based periods).</summary>
    public YearMonth FirstMonth => start.ToYearMonth();

    /// <summary>The last month.</summary>
    public YearMonth LastMonth => end.ToYearMonth();

    /// <summary>The NodaTime interval of the days.</summary>
    public DateInterval ToDateInterval() => new(Checked.start, end);

    /// <summary>The <see cref="YearMonth"/> of a month period.</summary>
    /// <exception cref="InvalidOperationException">Not a <see cref="PeriodKind.Month"/>.</exception>
    public YearMonth ToYearMonth() => kind == PeriodKind.Month ? start.ToYearMonth()
        : throw new InvalidOperationException($"{this} is a {Describe(kind)}, not a month.");

    /// <summary>Whether the date falls in the period.</summary>
    public bool Contains(LocalDate date) => Checked.start <= date && date <= end;

    /// <summary>Whether the whole of <paramref name="other"/> falls in this period.</summary>
    public bool Contains(Period other) => Checked.start <= other.start && other.end <= end;

    /// <summary>Whether the two periods share a day.</summary>
    public bool Overlaps(Period other) => Checked.start <= other.end && other.start <= end;

    /// <summary>The period of the same kind and length that ends the day before this one starts (2023-Q4 → 2023-Q3;
    /// January–September 2024 → April–December 2023).</summary>
    public Period Previous() => Checked.IsMonthBased ? ShiftMonths(-LengthInMonths) : ShiftDays(-LengthInDays);

    /// <summary>The period of the same kind and length that starts the day after this one ends.</summary>
    public Period Next() => Checked.IsMonthBased ? ShiftMonths(LengthInMonths) : ShiftDays(LengthInDays);

    /// <summary>The same period one year earlier (January–September 2024 → January–September 2023), same length.</summary>
    public Period SamePeriodPreviousYear() => Checked.IsMonthBased ? ShiftMonths(-12) : ShiftYearKeepingLength(-1);

    /// <summary>The same months or days in <paramref name="year"/> (the period's start year moved there).</summary>
    public Period InYear(int year)
    {
        CheckYear(year);
        return Checked.IsMonthBased ? ShiftMonths((year - start.Year) * 12) : ShiftYearKeepingLength(year - start.Year);
    }

    private Period ShiftMonths(int months)
    {
        var first = start.ToYearMonth().PlusMonths(months);
        var last = end.ToYearMonth().PlusMonths(months);
        CheckYear(first.Year);
        CheckYear(last.Year);
        return new(first.OnDayOfMonth(1), last.ToDateInterval().End, kind, fiscalStartMonth);
    }

    private Period ShiftDays(int days)
    {
        var first = start.PlusDays(days);
        var last = end.PlusDays(days);
        CheckYear(first.Year);
        CheckYear(last.Year);
        return new(first, last, kind);
    }

    private Period ShiftYearKeepingLength(int years)
    {
        var first = start.PlusYears(years);
        CheckYear(first.Year);
        return new(first, first.PlusDays(LengthInDays - 1), kind);
    }

    /// <summary>Whether values of the two periods can be compared: both of whole months with the same number of months,
    /// or both of days with the same number of days (a quarter and a 3-month range are comparable; a quarter and a year are not).</summary>
    public bool IsComparableWith(Period other) =>
        !IsDefault && !other.IsDefault && IsMonthBased == other.IsMonthBased
        && (IsMonthBased ? LengthInMonths == other.LengthInMonths : LengthInDays == other.LengthInDays);

    /// <summary>Throws unless the periods are comparable (<see cref="IsComparableWith"/>), with a message that says why.</summary>
    /// <exception cref="ArgumentException">The periods differ in length or granularity.</exception>
    public static void EnsureComparable(Period first, Period second)
    {
        if (!first.IsComparableWith(second))
        {
            throw new ArgumentException(
                $"Cannot compare {first} ({first.DescribeLength()}) with {second} ({second.DescribeLength()}): values of periods of different length or granularity are not comparable. Compare a period with one of the same length, e.g. the same period of the previous year.",
                nameof(second));
        }
    }

    /// <summary>Whole months from the start of <paramref name="from"/> to the start of <paramref name="to"/> (2019 → 2023 is 48).</summary>
    /// <exception cref="ArgumentException">The periods are not comparable.</exception>
    public static int MonthsBetween(Period from, Period to)
    {
        EnsureComparable(from, to);
        Preconditions.CheckArgument(from.IsMonthBased, nameof(from), $"{from} is a day period; use days.");
        return ((to.start.Year - from.start.Year) * 12) + to.start.Month - from.start.Month;
    }

    /// <summary>Years between the starts of two comparable periods, the exponent of compound growth: 2019 → 2023 is 4
    /// (not 5); 2023-Q1 → 2024-Q3 is 1.5. Day periods count days / 365.25.</summary>
    /// <exception cref="ArgumentException">The periods are not comparable (a quarter and a year).</exception>
    public static decimal YearsBetween(Period from, Period to)
    {
        EnsureComparable(from, to);
        return from.IsMonthBased ? MonthsBetween(from, to) / 12m : DaysBetween(from.start, to.start) / 365.25m;
    }

    internal static int DaysBetween(LocalDate a, LocalDate b) => NodaTime.Period.Between(a, b, PeriodUnits.Days).Days;

    private Period Checked => IsDefault
        ? throw new InvalidOperationException("default(Period) is no period; create one with Period.Year, Period.Quarter, Period.Parse …")
        : this;

    internal string DescribeLength() => IsMonthBased
        ? string.Create(CultureInfo.InvariantCulture, $"a {Describe(kind)} of {LengthInMonths} month{(LengthInMonths == 1 ? "" : "s")}")
        : string.Create(CultureInfo.InvariantCulture, $"a {Describe(kind)} of {LengthInDays} day{(LengthInDays == 1 ? "" : "s")}");

    private static string Describe(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => "year",
        PeriodKind.HalfYear => "half-year",
        PeriodKind.Quarter => "quarter",
        PeriodKind.Month => "month",
        PeriodKind.MonthRange => "month range",
        PeriodKind.FiscalYear => "fiscal year",
        PeriodKind.Day => "day",
        PeriodKind.DayRange => "day range",
        _ => "period",
    };

    /// <inheritdoc />
    public bool Equals(Period other) => start == other.start && end == other.end && kind == other.kind && fiscalStartMonth == other.fiscalStartMonth;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Period other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(start, end, kind, fiscalStartMonth);

    /// <summary>Orders by start, then end, then kind.</summary>
    public int CompareTo(Period other)
    {
        int c = start.CompareTo(other.start);
        if (c == 0)
        {
            c = end.CompareTo(other.end);
        }

        return c != 0 ? c : ((int)kind).CompareTo((int)other.kind);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Period other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Period)}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(Period left, Period right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Period left, Period right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;
}
