using NodaTime;

namespace TradeDomain;

/// <summary>
/// A period packed into 32 bits, for types that hold millions of periods (a <see cref="Aggregation.TradeFlow"/> is 32
/// bytes because of it) and for hot loops that need only the year.
/// </summary>
/// <remarks>
/// <para>Bits 0–3 the kind (0 for the default period), 4–7 the start month − 1, 8–21 the start year. Month kinds use bits
/// 22–29 for the length of a month range − 1 (up to 256 months); day kinds use bits 22–26 for the start day − 1 and
/// 27–30 for the length of a day range − 1 (up to 16 days). Every period has exactly one code, so codes compare equal
/// exactly when the periods do.</para>
/// <para>A period that does not fit (a longer range) is interned: bit 31 set, the rest an index into a process-wide table
/// that only grows. Trade data uses years, quarters and months, so the table stays empty in practice.</para>
/// </remarks>
public readonly partial struct Period
{
    private const int KindMask = 0xF;
    private const int YearShift = 8;
    private const int YearMask = 0x3FFF;
    private const int ExtraShift = 22;
    private const int DayRangeShift = 27;

    /// <summary>Bits of the kinds that never cross a calendar year (year, half, quarter, month, day): their start year is their year.</summary>
    internal const int SingleYearKinds = (1 << (int)PeriodKind.Year) | (1 << (int)PeriodKind.HalfYear) | (1 << (int)PeriodKind.Quarter)
                                        | (1 << (int)PeriodKind.Month) | (1 << (int)PeriodKind.Day);

    private static readonly object InternLock = new();
    private static readonly Dictionary<Period, int> InternedIds = [];
    private static volatile Period[] interned = new Period[16];

    /// <summary>The period's 32-bit code.</summary>
    internal int ToCode()
    {
        if (kind == 0)
        {
            return 0;
        }

        int head = (int)kind | ((start.Month - 1) << 4) | (start.Year << YearShift);
        switch (kind)
        {
            case PeriodKind.MonthRange:
                int months = ((end.Year - start.Year) * 12) + end.Month - start.Month;
                return months < 256 ? head | (months << ExtraShift) : Intern(this);
            case PeriodKind.Day:
                return head | ((start.Day - 1) << ExtraShift);
            case PeriodKind.DayRange:
                int days = DaysBetween(start, end);
                return days < 16 ? head | ((start.Day - 1) << ExtraShift) | (days << DayRangeShift) : Intern(this);
            default:
                return head;
        }
    }

    /// <summary>The period of a code made by <see cref="ToCode"/>.</summary>
    internal static Period FromCode(int code)
    {
        if (code < 0)
        {
            return interned[code & int.MaxValue];
        }

        var kind = (PeriodKind)(code & KindMask);
        int year = (code >> YearShift) & YearMask;
        int month = ((code >> 4) & 0xF) + 1;
        switch (kind)
        {
            case 0:
                return default;
            case PeriodKind.Year:
                return Year(year);
            case PeriodKind.HalfYear:
                return HalfYear(year, ((month - 1) / 6) + 1);
            case PeriodKind.Quarter:
                return Quarter(year, ((month - 1) / 3) + 1);
            case PeriodKind.Month:
                return Month(year, month);
            case PeriodKind.MonthRange:
                var first = new YearMonth(year, month);
                return MonthRange(first, first.PlusMonths((code >> ExtraShift) & 0xFF));
            case PeriodKind.FiscalYear:
                return FiscalYear(year, month);
            case PeriodKind.Day:
                return Day(new LocalDate(year, month, ((code >> ExtraShift) & 0x1F) + 1));
            default:
                var day = new LocalDate(year, month, ((code >> ExtraShift) & 0x1F) + 1);
                return DayRange(day, day.PlusDays((code >> DayRangeShift) & 0xF));
        }
    }

    /// <summary>The calendar year of a coded period that lies within one year (a year, half, quarter, month or day), or
    /// −1 for any other (ranges, fiscal years, interned or default periods: decode those).</summary>
    internal static int SingleYearOf(int code) =>
        code >= 0 && ((SingleYearKinds >> (code & KindMask)) & 1) != 0 ? (code >> YearShift) & YearMask : -1;

    /// <summary>Year · 12 + month − 1 of a coded period's start.</summary>
    internal static int StartMonthIndexOf(int code) => (((code >> YearShift) & YearMask) * 12) + ((code >> 4) & 0xF);

    /// <summary>The kind of a coded period (interned periods report their own kind).</summary>
    internal static PeriodKind KindOf(int code) => code >= 0 ? (PeriodKind)(code & KindMask) : interned[code & int.MaxValue].kind;

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
