using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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
    public bool TryParse_NeverThrows(string? s) => Period.TryParse(s, null, out _) || true;
}
