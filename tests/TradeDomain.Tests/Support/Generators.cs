using FsCheck;
using FsCheck.Fluent;

namespace TradeDomain.Tests.Support;

/// <summary>FsCheck generators for the domain types, registered with [Property(Arbitrary = [typeof(Generators)])].</summary>
public static class Generators
{
    public static Gen<decimal> ExactDecimal(int maxScale = 4) =>
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Choose(0, 50_000)
        from negative in ArbMap.Default.GeneratorFor<bool>()
        from scale in Gen.Choose(0, maxScale)
        select new decimal(lo, mid, 0, negative, (byte)scale);

    public static Gen<TradeDomain.Currency> CurrencyGen => Gen.Elements<TradeDomain.Currency>(TradeDomain.Currency.All);

    public static Gen<TradeDomain.Currency> CurrencyWithMinorUnit =>
        Gen.Elements<TradeDomain.Currency>(TradeDomain.Currency.All.Where(c => c.MinorUnits is not null).ToArray());

    public static Arbitrary<TradeDomain.Currency> Currency() => CurrencyGen.ToArbitrary();

    public static Arbitrary<TradeDomain.Money> Money() =>
        (from amount in ExactDecimal()
         from currency in CurrencyGen
         select new TradeDomain.Money(amount, currency)).ToArbitrary();

    public static Arbitrary<TradeDomain.ReportedAmount> ReportedAmount() =>
        (from units in Gen.Choose(-999_999, 999_999)
         from decimals in Gen.Choose(0, 3)
         from scale in Gen.Elements(Enum.GetValues<AmountScale>())
         from currency in CurrencyGen
         select TradeDomain.ReportedAmount.Create(new decimal(Math.Abs(units), 0, 0, units < 0, (byte)decimals), scale, currency, decimals))
        .ToArbitrary();

    public static Arbitrary<TradeDomain.DecimalInterval> DecimalInterval() =>
        (from a in ExactDecimal()
         from b in ExactDecimal()
         select new TradeDomain.DecimalInterval(Math.Min(a, b), Math.Max(a, b))).ToArbitrary();

    public static Gen<Period> PeriodGen =>
        Gen.OneOf(
            Gen.Choose(1900, 2100).Select(TradeDomain.Period.Year),
            Gen.Choose(1900, 2100).SelectMany(y => Gen.Choose(1, 2).Select(h => TradeDomain.Period.HalfYear(y, h))),
            Gen.Choose(1900, 2100).SelectMany(y => Gen.Choose(1, 4).Select(q => TradeDomain.Period.Quarter(y, q))),
            Gen.Choose(1900, 2100).SelectMany(y => Gen.Choose(1, 12).Select(m => TradeDomain.Period.Month(y, m))),
            from y in Gen.Choose(1900, 2100)
            from m in Gen.Choose(1, 12)
            from len in Gen.Choose(1, 30)
            let first = new NodaTime.YearMonth(y, m)
            select TradeDomain.Period.MonthRange(first, first.PlusMonths(len - 1)),
            from y in Gen.Choose(1900, 2100)
            from m in Gen.Choose(2, 12)
            select TradeDomain.Period.FiscalYear(y, m),
            from y in Gen.Choose(1900, 2100)
            from d in Gen.Choose(0, 364)
            from len in Gen.Choose(1, 400)
            let first = new NodaTime.LocalDate(y, 1, 1).PlusDays(d)
            select len == 1 ? TradeDomain.Period.Day(first) : TradeDomain.Period.DayRange(first, first.PlusDays(len - 1)));

    public static Arbitrary<Period> Period() => PeriodGen.ToArbitrary();

    public static Arbitrary<Country> Country() => Gen.Elements<TradeDomain.Country>(TradeDomain.Country.All).ToArbitrary();

    /// <summary>Flows of any reporter, partner (country or Comtrade area), period, direction, value and currency, with or
    /// without a commodity and a mode of transport.</summary>
    public static Gen<TradeDomain.Aggregation.TradeFlow> TradeFlowGen =>
        from reporter in Gen.Elements<TradeDomain.Country>(TradeDomain.Country.All)
        from partner in Gen.OneOf(
            Gen.Elements<TradeDomain.Country>(TradeDomain.Country.All).Select(c => (TradeDomain.Aggregation.TradePartner)c),
            Gen.Elements("0", "899", "97", "490").Select(code => TradeDomain.Aggregation.TradePartner.Parse(code)))
        from period in PeriodGen
        from direction in Gen.Elements(Enum.GetValues<TradeDomain.Aggregation.FlowDirection>())
        from amount in ExactDecimal()
        from currency in CurrencyGen
        from commodity in Gen.OneOf(Gen.Constant(default(TradeDomain.Aggregation.HsCode)),
            Gen.Choose(1, 99).Select(c => TradeDomain.Aggregation.HsCode.Create(c, TradeDomain.Aggregation.HsLevel.Chapter)),
            Gen.Choose(100, 9999).Select(c => TradeDomain.Aggregation.HsCode.Create(c, TradeDomain.Aggregation.HsLevel.Heading)),
            Gen.Choose(10000, 999999).Select(c => TradeDomain.Aggregation.HsCode.Create(c, TradeDomain.Aggregation.HsLevel.Subheading)))
        from transport in Gen.Elements<TradeDomain.Aggregation.TransportMode>([default, .. TradeDomain.Aggregation.TransportMode.All])
        select new TradeDomain.Aggregation.TradeFlow(reporter, partner, period, direction, new TradeDomain.Money(amount, currency), commodity).WithTransport(transport);

    public static Arbitrary<TradeDomain.Aggregation.TradeFlow> TradeFlow() => TradeFlowGen.ToArbitrary();
}
