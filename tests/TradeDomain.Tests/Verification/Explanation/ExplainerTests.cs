using System.Reflection;
using TradeDomain.Verification;
using TradeDomain.Verification.Explanation;
using TradeDomain.Verification.Languages;
using Xunit;

namespace TradeDomain.Tests.Verification.Explanation;

/// <summary>The Explanation stage alone (finding → text) and through the whole checker.</summary>
public sealed class ExplainerTests
{
    [Fact]
    public void EveryCode_HasATemplateInEveryLanguage()
    {
        var english = Explainer.Codes(Language.English).ToHashSet();
        foreach (var other in new[] { Language.Russian, Language.Ukrainian })
        {
            var codes = Explainer.Codes(other).ToHashSet();
            Assert.Empty(english.Except(codes));
            Assert.Empty(codes.Except(english));
        }
    }

    [Fact]
    public void EveryCodeTheVerifierWrites_IsDefined()
    {
        // The codes written in the verifier's and the linker's source, read from the source files themselves.
        var root = FindRepositoryRoot();
        var sources = Directory.GetFiles(Path.Combine(root, "src", "TradeDomain", "Verification"), "*.cs", SearchOption.AllDirectories);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in sources)
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), "\"([a-z]+(?:\\.[a-z-]+)+|empty|text|linked-across|with-slip)\""))
            {
                used.Add(m.Groups[1].Value);
            }
        }

        var defined = Explainer.Codes(Language.English).ToHashSet();
        // A dotted lower-case string whose first part is a code family ("judge.", "reading.") is a code.
        var families = defined.Select(c => c.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        var candidates = used.Where(c => families.Contains(c.Split('.')[0])).ToList();
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Contains(c, defined));
    }

    [Fact]
    public void Numbers_AreWrittenInTheLanguagesForm()
    {
        Assert.Equal("6.85", Explainer.Number(new Num(6.849m, 2), Language.English));
        Assert.Equal("-6.85", Explainer.Number(new Num(-6.849m, 2), Language.English));
        Assert.Equal("6,85", Explainer.Number(new Num(6.849m, 2), Language.Russian));
        Assert.Equal("−6,85", Explainer.Number(new Num(-6.849m, 2), Language.Russian));
    }

    [Fact]
    public void NestedFindings_AndLists_AreWrittenInPlace()
    {
        var sum = new Finding("expr.sum", new FindingList(["$1.2 billion", "$2.3 billion"], "join.and"));
        Assert.Equal("sum of $1.2 billion and $2.3 billion", Explainer.Render(sum, Language.English));
        Assert.Equal("сумма $1.2 billion и $2.3 billion", Explainer.Render(sum, Language.Russian));
    }

    [Fact]
    public void EnglishText_GetsEnglishExplanations()
    {
        // 66.0 / 61.8 − 1 = 6.796 % [6.629, 6.964] ∋ 6.8 [6.75, 6.85]
        var check = Assert.Single(VerificationReport.Check("Exports reached $66.0 billion, which is 6.8% more than the previous year ($61.8 billion).").Checks);
        Assert.Equal(Verdict.Consistent, check.Verdict);
        Assert.StartsWith("$61.8 billion → $66.0 billion gives 6.796%", check.Explanation, StringComparison.Ordinal);
        Assert.EndsWith("they overlap.", check.Explanation, StringComparison.Ordinal);
        Assert.Equal("as printed", check.Reading);
    }

    [Fact]
    public void RussianText_GetsRussianExplanations_WithDecimalCommas()
    {
        // 66,0 / 61,8 − 1 = 6,796 % [6,629; 6,964] ∋ 6,8 [6,75; 6,85]
        var check = Assert.Single(VerificationReport.Check("Экспорт составил 66,0 млрд долларов, что на 6,8% больше, чем годом ранее (61,8 млрд долларов).").Checks);
        Assert.Equal(Verdict.Consistent, check.Verdict);
        Assert.Contains("даёт 6,796%", check.Explanation, StringComparison.Ordinal);
        Assert.Contains("интервалы пересекаются", check.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("overlap", check.Explanation, StringComparison.Ordinal);
        // The reading stays in English: it is part of the JSON contract, not prose.
        Assert.Equal("as printed", check.Reading);
    }

    [Fact]
    public void RussianText_UnverifiableReason_IsRussian()
    {
        var check = Assert.Single(VerificationReport.Check("Импорт вырос на 12,4%.").Checks);
        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.Equal("в тексте нет ни прежнего значения, ни нового значения", check.Explanation);
    }

    [Fact]
    public void UkrainianText_GetsUkrainianExplanations()
    {
        var check = Assert.Single(VerificationReport.Check("Імпорт зріс на 12,4%.").Checks);
        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.Equal("у тексті немає ні попереднього значення, ні нового значення", check.Explanation);
    }

    [Fact]
    public void ClaimVerifier_WritesEnglish_ByDefault()
    {
        var claims = ClaimExtractor.Extract("Импорт вырос на 12,4%.");
        var check = Assert.Single(ClaimVerifier.Verify(claims));
        Assert.Equal("neither the earlier value nor the later value is given in the text", check.Explanation);
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TradeDomain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (TradeDomain.sln) was not found above " + AppContext.BaseDirectory);
    }
}
