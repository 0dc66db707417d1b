using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeDomain.Tests.Support;

namespace TradeDomain.Tests.MoneyAndCurrency;


[Properties(Arbitrary = [typeof(Generators)])]
public class MoneyProperties
{
    [Property]
    public Property Addition_IsCommutativeAndAssociative_WithZeroIdentity(Currency c) =>
        // amounts of at most 2^32 · 50 000 units: three of them never overflow, so every case is checked, none excused
        Prop.ForAll(Generators.ExactDecimal().ToArbitrary(), Generators.ExactDecimal().ToArbitrary(), Generators.ExactDecimal().ToArbitrary(), (a, b, d) =>
        {
            Money x = new(a, c), y = new(b, c), z = new(d, c);
            return x + y == y + x && (x + y) + z == x + (y + z) && x + Money.Zero(c) == x && (x + y).Amount == a + b;
        });

    [Property]
    public bool Subtraction_UndoesAddition(Money x, decimal b)
    {
        var y = new Money(b, x.Currency);
        return (x + y) - y == x;
    }

    [Property]
    public bool CurrencyMismatch_AlwaysThrows(Money x, Currency other)
    {
        if (other == x.Currency)
        {
            return true;
        }

        var y = new Money(1m, other);
        return Throws(() => x + y) && Throws(() => x - y) && Throws(() => x.CompareTo(y)) && Throws(() => x / y);

        static bool Throws(Func<object> f)
        {
            try
            {
                f();
                return false;
            }
            catch (CurrencyMismatchException)
            {
                return true;
            }
        }
    }

    [Property]
    public Property Split_PartsSumToTotal_AndDifferByAtMostOneUnit(PositiveInt n)
    {
        return Prop.ForAll(Generators.ExactDecimal(2).ToArbitrary(), amount =>
        {
            var total = new Money(amount, Currency.USD);
            int parts = Math.Min(n.Get, 500);
            var split = total.Split(parts);
            var amounts = split.Select(p => p.Amount).ToArray();
            return Money.Sum(split) == total && split.Length == parts && amounts.Max() - amounts.Min() <= 0.01m;
        });
    }

    [Property]
    public Property Allocate_PartsSumToTotal_AndStayWithinOneUnitOfExactShare() =>
        Prop.ForAll(
            Generators.ExactDecimal(2).ToArbitrary(),
            Gen.ArrayOf(Gen.Choose(0, 10_000).Select(w => w / 100m)).Where(w => w.Length > 0 && w.Sum() > 0).ToArbitrary(),
            (amount, weights) =>
            {
                var total = new Money(amount, Currency.EUR);
                var parts = total.Allocate(weights);
                var sum = weights.Sum();
                return Money.Sum(parts) == total
                       && parts.Select((p, i) => Math.Abs(p.Amount - (amount * weights[i] / sum))).All(diff => diff < 0.01m);
            });

    [Property]
    public bool ParseFormat_RoundTrips_EveryForm(Money x) =>
        new[] { "G", "W", "S", "C", "R" }.All(f => Money.Parse(x.ToString(f, null)) == x);

    [Property]
    public bool Json_RoundTrips(Money x) =>
        JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(x)) == x;

    [Property]
    public bool ReportedAmount_ParseFormat_RoundTrips_EveryForm(ReportedAmount r) =>
        new[] { "G", "W", "S", "C", "R" }.All(f => ReportedAmount.Parse(r.ToString(f, null)) == r);

    [Property]
    public bool ReportedAmount_Json_RoundTrips(ReportedAmount r) =>
        JsonSerializer.Deserialize<ReportedAmount>(JsonSerializer.Serialize(r)) == r;

    [Property]
    public bool ReportedAmount_IntervalContainsValue_AndAnyValueInsideRoundsBack(ReportedAmount r, NormalFloat f)
    {
        var interval = r.Interval;
        var fraction = (decimal)(Math.Abs(f.Get) % 1.0) - 0.5m; // in [-0.5, 0.5)
        var inside = r.Value.Amount + (fraction * r.Resolution);
        var rounded = ReportedAmount.Round(new Money(inside, r.Currency), r.Scale, r.Decimals);
        return interval.Contains(r.Value.Amount) && interval.Contains(inside) && rounded.Value.Amount - r.Value.Amount is var d && Math.Abs(d) <= r.Resolution;
    }

    [Property]
    public bool Parser_OnlyEverThrowsFormatException(string? text)
    {
        if (text is null)
        {
            return true;
        }

        try
        {
            Money.Parse(text);
        }
        catch (FormatException)
        {
        }

        try
        {
            ReportedAmount.Parse(text);
        }
        catch (FormatException)
        {
        }

        return Money.TryParse(text, null, out _) == ReportedAmount.TryParse(text, null, out _);
    }

    [Property]
    public bool Parser_NeverThrowsOnAmountLikeNoise(PositiveInt seed)
    {
        var rng = new Random(seed.Get);
        const string Alphabet = "0123456789.,  \u00A0-−$€¥bnmilonthusadrkUSDКмлрдтыс";
        var text = new string(Enumerable.Range(0, rng.Next(1, 30)).Select(_ => Alphabet[rng.Next(Alphabet.Length)]).ToArray());

        // TryParse returns (never throws), and agrees with Parse: the same value, or Parse refuses with FormatException
        if (Money.TryParse(text, null, out var parsed))
        {
            return Money.Parse(text) == parsed && Money.Parse(parsed.ToString()) == parsed;
        }

        try
        {
            Money.Parse(text);
            return false;
        }
        catch (FormatException e)
        {
            return e.Message.Length > 0;
        }
    }
}
