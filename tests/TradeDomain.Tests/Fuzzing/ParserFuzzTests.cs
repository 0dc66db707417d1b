using System.Reflection;

namespace TradeDomain.Tests.Fuzzing;

/// <summary>
/// Every text entry point of the library (found by reflection, <see cref="EntryPoints"/>) against seeded hostile
/// strings: a Try… method never throws; any other throws only what the ISpanParsable contract allows a parser
/// (<see cref="FormatException"/>) and what its XML docs list. The default run tries 2 000 inputs per entry point; the
/// heavy sweep (explicit, trait Category=Heavy, run once by .ci/run) 25 000.
/// </summary>
public class ParserFuzzTests
{
    public static TheoryData<string> EntryPointIds => EntryPoints.Ids();

    [Theory]
    [MemberData(nameof(EntryPointIds))]
    public void EntryPoint_KeepsItsExceptionContract(string id) => Fuzz(id, 2_000, seed: 12);

    [Theory(Explicit = true)]
    [Trait("Category", "Heavy")]
    [MemberData(nameof(EntryPointIds))]
    public void EntryPoint_KeepsItsExceptionContract_Heavy(string id) => Fuzz(id, 25_000, seed: 2026);

    [Fact]
    public void Discovery_FindsTheKnownParsers()
    {
        var names = EntryPoints.ById.Values.Select(e => e.Method.DeclaringType!.Name + "." + e.Method.Name).ToHashSet();
        foreach (var expected in new[]
                 {
                     "Money.Parse", "Money.TryParse", "Country.TryFromName", "Country.MatchName", "Country.FromCode", "Period.Parse",
                     "ReportedAmount.TryParse", "Currency.TryFromCode", "ExchangeRate.Parse", "VerificationReport.Check",
                 })
        {
            Assert.Contains(expected, names);
        }

        Assert.True(EntryPoints.ById.Count >= 80, $"only {EntryPoints.ById.Count} entry points found");
    }

    private static void Fuzz(string id, int count, int seed)
    {
        var entry = EntryPoints.ById[id];
        var inputs = new FuzzInputs(seed ^ StableHash(id));
        int n = 0;
        foreach (var text in inputs.Take(count))
        {
            n++;
            try
            {
                _ = entry.Invoke(text);
            }
            catch (Exception e) when (!entry.Allows(e) || e.Message.Length == 0)
            {
                Assert.Fail($"{id} threw {e.GetType().Name} on input #{n} {Show(text)} (seed {seed}): {e.Message}\n{e.StackTrace}");
            }
            catch (Exception)
            {
                // allowed by the contract
            }
        }
    }

    internal static string Show(string text)
    {
        var shown = text.Length > 80 ? text[..80] + $"… ({text.Length} chars)" : text;
        return "\"" + string.Concat(shown.Select(c => c is < ' ' or (> '~' and < '\u00A0') or (>= '\u2000' and <= '\u206F') or >= '\uD800'
            ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
    }

    private static int StableHash(string s)
    {
        unchecked
        {
            int h = 17;
            foreach (var c in s)
            {
                h = (h * 31) + c;
            }

            return h;
        }
    }
}
