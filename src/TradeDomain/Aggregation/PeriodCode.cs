using NodaTime;

namespace TradeDomain.Aggregation;

/// <summary>
/// The engine's 32-bit code of a <see cref="Period"/>, for rows that hold millions of periods (<see cref="TradeFlow"/>)
/// and for hot loops that need only the year: internal to the engine, so <see cref="Period"/> itself carries no code
/// and no table.
/// </summary>
/// <remarks>
/// <para>Bits 0–3 the kind (0 for the default period), 4–7 the start month − 1, 8–21 the start year. Month kinds use bits
/// 22–29 for the length of a month range − 1 (up to 256 months); day kinds use bits 22–26 for the start day − 1 and
/// 27–30 for the length of a day range − 1 (up to 16 days). Every period has exactly one code, so codes compare equal
/// exactly when the periods do.</para>
/// <para>A period that does not fit (a longer range) is interned: bit 31 set, the rest an index into a process-wide table
/// that only grows. Trade data uses years, quarters and months, so the table stays empty in practice.</para>
/// </remarks>
internal static class PeriodCode
{
    internal const int KindShift = 0;
    internal const int KindBits = 4;
    internal const int KindMask = (1 << KindBits) - 1;
    internal const int MonthShift = KindShift + KindBits;
    internal const int MonthBits = 4;
    internal const int MonthMask = (1 << MonthBits) - 1;
    internal const int YearShift = MonthShift + MonthBits;
    internal const int YearBits = 14;
    internal const int YearMask = (1 << YearBits) - 1;
    internal const int ExtraShift = YearShift + YearBits;
    internal const int DayRangeShift = ExtraShift + 5;

    /// <summary>The bit that marks an interned code (the sign bit).</summary>
    internal const uint InternedBit = 0x8000_0000;

    /// <summary>Bits of the kinds that never cross a calendar year (year, half, quarter, month, day): their start year is their year.</summary>
    internal const int SingleYearKinds = (1 << (int)PeriodKind.Year) | (1 << (int)PeriodKind.HalfYear) | (1 << (int)PeriodKind.Quarter)
                                        | (1 << (int)PeriodKind.Month) | (1 << (int)PeriodKind.Day);

    private static readonly object InternLock = new();
    private static readonly Dictionary<Period, int> InternedIds = [];
    private static volatile Period[] interned = new Period[16];

    /// <summary>The period's 32-bit code.</summary>
    internal static int Of(Period period)
    {
        var kind = period.Kind;
        if (kind == 0)
        {
            return 0;
        }

        LocalDate start = period.Start, end = period.End;
        int head = ((int)kind << KindShift) | ((start.Month - 1) << MonthShift) | (start.Year << YearShift);
        switch (kind)
        {
            case PeriodKind.MonthRange:
                int months = ((end.Year - start.Year) * 12) + end.Month - start.Month;
                return months < 256 ? head | (months << ExtraShift) : Intern(period);
            case PeriodKind.Day:
                return head | ((start.Day - 1) << ExtraShift);
            case PeriodKind.DayRange:
                int days = Period.DaysBetween(start, end);
                return days < 16 ? head | ((start.Day - 1) << ExtraShift) | (days << DayRangeShift) : Intern(period);
            default:
                return head;
        }
    }

    /// <summary>The period of a code made by <see cref="Of"/>.</summary>
    internal static Period ToPeriod(int code)
    {
        if (code < 0)
        {
            return interned[code & int.MaxValue];
        }

        var kind = (PeriodKind)((code >> KindShift) & KindMask);
        int year = (code >> YearShift) & YearMask;
        int month = ((code >> MonthShift) & MonthMask) + 1;
        switch (kind)
        {
            case 0:
                return default;
            case PeriodKind.Year:
                return Period.Year(year);
            case PeriodKind.HalfYear:
                return Period.HalfYear(year, ((month - 1) / 6) + 1);
            case PeriodKind.Quarter:
                return Period.Quarter(year, ((month - 1) / 3) + 1);
            case PeriodKind.Month:
                return Period.Month(year, month);
            case PeriodKind.MonthRange:
                var first = new YearMonth(year, month);
                return Period.MonthRange(first, first.PlusMonths((code >> ExtraShift) & 0xFF));
            case PeriodKind.FiscalYear:
                return Period.FiscalYear(year, month);
            case PeriodKind.Day:
                return Period.Day(new LocalDate(year, month, ((code >> ExtraShift) & 0x1F) + 1));
            default:
                var day = new LocalDate(year, month, ((code >> ExtraShift) & 0x1F) + 1);
                return Period.DayRange(day, day.PlusDays((code >> DayRangeShift) & 0xF));
        }
    }

    /// <summary>The calendar year of a coded period that lies within one year (a year, half, quarter, month or day), or
    /// −1 for any other (ranges, fiscal years, interned or default periods: decode those).</summary>
    internal static int SingleYearOf(int code) =>
        code >= 0 && ((SingleYearKinds >> ((code >> KindShift) & KindMask)) & 1) != 0 ? (code >> YearShift) & YearMask : -1;

    /// <summary>Year · 12 + month − 1 of a coded period's start.</summary>
    internal static int StartMonthIndexOf(int code) => (((code >> YearShift) & YearMask) * 12) + ((code >> MonthShift) & MonthMask);

    /// <summary>The kind of a coded period (interned periods report their own kind).</summary>
    internal static PeriodKind KindOf(int code) => code >= 0 ? (PeriodKind)((code >> KindShift) & KindMask) : interned[code & int.MaxValue].Kind;

    private static int Intern(Period period)
    {
        lock (InternLock)
        {
            if (!InternedIds.TryGetValue(period, out int id))
            {
                id = InternedIds.Count;
                var table = interned;
                if (id == table.Length)
                {
                    Array.Resize(ref table, id * 2);
                }

                table[id] = period;
                interned = table; // published after the entry is written; readers of older tables never see this id
                InternedIds.Add(period, id);
            }

            return id | int.MinValue;
        }
    }
}
