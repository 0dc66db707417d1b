using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeDomain.Aggregation;
using TradeDomain.Tests.Support;

namespace TradeDomain.Tests.Periods;

[Properties(Arbitrary = [typeof(Generators)])]
public class PeriodProperties
{
    [Property]
    public bool PreviousOfNext_IsIdentity(Period p) => p.Next().Previous() == p && p.Previous().Next() == p;

    [Property]
    public bool Previous_IsAdjacentAndSameLength(Period p)
    {
        var prev = p.Previous();
        return prev.End.PlusDays(1) == p.Start && prev.IsComparableWith(p) && prev.Kind == p.Kind;
    }

    [Property]
    public bool SamePeriodPreviousYear_PreservesLength(Period p)
    {
        var last = p.SamePeriodPreviousYear();
        return last.IsComparableWith(p) && (p.IsMonthBased ? last.LengthInMonths == p.LengthInMonths : last.LengthInDays == p.LengthInDays);
    }

    [Property]
    public Property YearsBetween_IsAdditive() =>
        Prop.ForAll(Generators.PeriodGen.Where(p => p.IsMonthBased).ToArbitrary(), Gen.Choose(-40, 40).ToArbitrary(), Gen.Choose(-40, 40).ToArbitrary(), (p, i, j) =>
        {
            var b = p.InYear(p.StartYear + 40 + i);
            var c = p.InYear(p.StartYear + 40 + j);
            var a = p.InYear(p.StartYear + 40);
            return Period.MonthsBetween(a, b) + Period.MonthsBetween(b, c) == Period.MonthsBetween(a, c)
                   && Period.YearsBetween(a, c) == Period.MonthsBetween(a, c) / 12m;
        });

    [Property]
    public bool ParseFormat_RoundTrips_EveryForm(Period p) =>
        Period.Parse(p.ToString()) == p && Period.Parse(p.ToString("E", null)) == p && Period.Parse(p.ToString("R", null)) == p;

    [Property]
    public bool Json_RoundTrips(Period p) => JsonSerializer.Deserialize<Period>(JsonSerializer.Serialize(p)) == p;

    [Property]
    public bool Contains_StartAndEnd_NotNeighbours(Period p) =>
        p.Contains(p.Start) && p.Contains(p.End) && !p.Contains(p.Start.PlusDays(-1)) && !p.Contains(p.End.PlusDays(1));

    [Property]
    public bool TryParse_NeverThrows(string? s)
    {
        // returns rather than throws, and agrees with Parse: the same period (which formats and parses back), or a
        // FormatException from Parse
        if (Period.TryParse(s, null, out var p))
        {
            return Period.Parse(s!) == p && Period.Parse(p.ToString()) == p;
        }

        if (s is null)
        {
            return !Period.TryParse(s, null, out _);
        }

        try
        {
            Period.Parse(s);
            return false;
        }
        catch (FormatException)
        {
            return true;
        }
    }

    [Property]
    public Property TryParse_ReadsEveryFormattedPeriod_EvenWithNoiseAround() =>
        Prop.ForAll(Generators.PeriodGen.ToArbitrary(), Gen.Elements(" ", "\t", "  ").ToArbitrary(), (p, pad) =>
            Period.TryParse(pad + p.ToString() + pad, null, out var back) && back == p);

    [Property]
    public bool Code_RoundTripsAndKnowsItsYear(Period p)
    {
        int code = PeriodCode.Of(p);
        int year = PeriodCode.SingleYearOf(code);
        return PeriodCode.ToPeriod(code) == p && PeriodCode.ToPeriod(code).Kind == p.Kind && PeriodCode.KindOf(code) == p.Kind
               && (year < 0 ? p.Start.Year != p.End.Year || p.Kind is PeriodKind.MonthRange or PeriodKind.DayRange or PeriodKind.FiscalYear
                   : year == p.Start.Year && year == p.End.Year);
    }

    [Property]
    public bool Codes_AreEqualExactlyWhenPeriodsAre(Period p, Period q) =>
        (PeriodCode.Of(p) == PeriodCode.Of(q)) == (p == q) && PeriodCode.Of(p) == PeriodCode.Of(PeriodCode.ToPeriod(PeriodCode.Of(p)));

    [Fact]
    public void Code_CoversTheWholeRange()
    {
        Period[] edges =
        [
            default, Period.Year(1), Period.Year(9999), Period.Month(9999, 12), Period.Quarter(1, 1), Period.HalfYear(9999, 2),
            Period.FiscalYear(9998, 12), Period.FiscalYear(1, 2), Period.Day(new NodaTime.LocalDate(9999, 12, 31)),
            Period.Day(new NodaTime.LocalDate(1, 1, 1)),
            Period.MonthRange(new NodaTime.YearMonth(2000, 1), new NodaTime.YearMonth(2021, 4)), // 256 months: packed
            Period.MonthRange(new NodaTime.YearMonth(2000, 1), new NodaTime.YearMonth(2021, 5)), // 257: interned
            Period.MonthRange(new NodaTime.YearMonth(1, 1), new NodaTime.YearMonth(9999, 12)),
            Period.DayRange(new NodaTime.LocalDate(2024, 2, 20), new NodaTime.LocalDate(2024, 3, 6)), // 16 days: packed
            Period.DayRange(new NodaTime.LocalDate(2024, 2, 20), new NodaTime.LocalDate(2024, 3, 7)), // 17: interned
            Period.DayRange(new NodaTime.LocalDate(1, 1, 1), new NodaTime.LocalDate(9999, 12, 31)),
        ];
        foreach (var p in edges)
        {
            Assert.Equal(p, PeriodCode.ToPeriod(PeriodCode.Of(p)));
        }

        Assert.True(PeriodCode.Of(edges[10]) > 0 && PeriodCode.Of(edges[11]) < 0 && PeriodCode.Of(edges[13]) > 0 && PeriodCode.Of(edges[14]) < 0);
        Assert.Equal(PeriodCode.Of(edges[11]), PeriodCode.Of(Period.MonthRange(new NodaTime.YearMonth(2000, 1), new NodaTime.YearMonth(2021, 5))));
        Assert.Equal(0, PeriodCode.Of(default));
    }
}
