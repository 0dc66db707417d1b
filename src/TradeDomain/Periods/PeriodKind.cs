namespace TradeDomain;

/// <summary>The granularity of a <see cref="Period"/>.</summary>
public enum PeriodKind : byte
{
    /// <summary>A calendar year, "2023".</summary>
    Year = 1,

    /// <summary>A half-year, "2023-H1".</summary>
    HalfYear = 2,

    /// <summary>A calendar quarter, "2023-Q4".</summary>
    Quarter = 3,

    /// <summary>A calendar month, "2024-03".</summary>
    Month = 4,

    /// <summary>An inclusive range of whole months, "2024-01/2024-09" (January–September 2024; year-to-date).</summary>
    MonthRange = 5,

    /// <summary>A fiscal year of twelve months from a start month, "FY2023/24" (April 2023 – March 2024).</summary>
    FiscalYear = 6,

    /// <summary>A single day, "2024-03-05".</summary>
    Day = 7,

    /// <summary>An inclusive range of days, "2024-03-05/2024-03-10".</summary>
    DayRange = 8,
}
