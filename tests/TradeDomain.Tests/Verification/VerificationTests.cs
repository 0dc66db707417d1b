using Xunit.Sdk;
using System.Text.Json;
using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification;

public class VerificationTests
{
    private static string SeedPath => Path.Combine(AppContext.BaseDirectory, "seeds", "000_e2c78f17f126c964.txt");

    [Theory]
    [MemberData(nameof(Corpus.Sentences), MemberType = typeof(Corpus))]
    public void Corpus_SentenceGetsItsVerdict(string sentence, ClaimKind kind, Verdict verdict)
    {
        var claims = ClaimExtractor.Extract(sentence);
        var claim = Assert.Single(claims);
        Assert.Equal(kind, claim.Kind);
        var check = ClaimVerifier.Verify(claim);
        Assert.True(verdict == check.Verdict, $"{check.Verdict}: {check.Explanation}");
        Assert.False(string.IsNullOrWhiteSpace(check.Explanation));
    }

    [Fact]
    public void Corpus_HasAtLeastFortySentencesInBothLanguages()
    {
        var sentences = Corpus.Sentences.Select(row => (string)((ITheoryDataRow)row).GetData()[0]!).ToArray();
        Assert.True(sentences.Length >= 40);
        Assert.True(sentences.Count(s => s.Any(c => c is >= 'А' and <= 'я')) >= 10);
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            Assert.Contains(Corpus.Sentences, row => (Verdict)((ITheoryDataRow)row).GetData()[2]! == verdict);
        }
    }

    [Fact]
    public void Seed_GivesTheExpectedVerdicts()
    {
        var report = VerificationReport.Check(File.ReadAllText(SeedPath));
        var growth = Assert.Single(report.Checks, c => c.Claim.Kind == ClaimKind.Growth);
        Assert.Equal(Verdict.Consistent, growth.Verdict);
        Assert.Equal(6.8m, growth.Claim.Published.Value);
        var multiple = Assert.Single(report.Checks, c => c.Claim.Kind == ClaimKind.Multiple);
        Assert.Equal(Verdict.Consistent, multiple.Verdict);
        var set = Assert.Single(report.Checks, c => c.Claim.Kind == ClaimKind.ShareSet);
        Assert.Equal(Verdict.Consistent, set.Verdict);
        // A share set holds shares of one stated whole: China's and Russia's shares "of all mutual trade" (64.6 + 26.2 =
        // 90.8 ≤ 100). Kazakhstan's 3.3 % is not a share of that whole (66.0 / 490 = 13.5 %), so it stays on its own.
        Assert.Equal([64.6m, 26.2m], set.Claim.Shares.Select(s => s.Value));
        Assert.Equal(90.8m, set.Claim.Published.Value);

        // Kazakhstan's 3.3 % would be 13.5 % of 490 if read against 66.0: its base is not in the text, and it must
        // not be called consistent; it is reported once.
        var kazakhstan = Assert.Single(report.Checks, c => c.Claim.Kind == ClaimKind.Share);
        Assert.Equal(Verdict.Unverifiable, kazakhstan.Verdict);
        Assert.Equal(3.3m, kazakhstan.Claim.Published.Value);
        Assert.Single(report.Checks, c => c.Claim.Published.Value == 3.3m);
        Assert.DoesNotContain(report.Checks, c => c.Verdict == Verdict.Inconsistent);
        Assert.Equal("3 consistent, 0 inconsistent, 0 ambiguous, 1 unverifiable", report.Summary);
    }

    [Fact]
    public void Json_HasTheDocumentedShape()
    {
        var json = VerificationReport.Check(File.ReadAllText(SeedPath)).ToJson();
        using var doc = JsonDocument.Parse(json);
        var claims = doc.RootElement.GetProperty("claims");
        var first = claims[0];
        Assert.Equal("growth", first.GetProperty("kind").GetString());
        Assert.Equal(6.8m, first.GetProperty("published").GetDecimal());
        Assert.Equal(6.796m, first.GetProperty("computed").GetDecimal());
        Assert.Equal(6.629m, first.GetProperty("interval")[0].GetDecimal());
        Assert.Equal(6.964m, first.GetProperty("interval")[1].GetDecimal());
        Assert.Equal("consistent", first.GetProperty("verdict").GetString());
        Assert.StartsWith("For reference", first.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("explanation").GetString()));
        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("consistent").GetInt32());
        Assert.Equal(1, summary.GetProperty("unverifiable").GetInt32());
        Assert.Equal(0, summary.GetProperty("inconsistent").GetInt32());
        Assert.Equal(0, summary.GetProperty("ambiguous").GetInt32());
    }

    [Fact]
    public void Inconsistent_NamesNearestConsistentValue()
    {
        var check = ClaimVerifier.Verify(Assert.Single(ClaimExtractor.Extract("Exports increased by 8.0%, from $10.0 billion to $10.5 billion.")));
        Assert.Equal(Verdict.Inconsistent, check.Verdict);
        Assert.Equal(5.0m, check.NearestConsistent);
        Assert.Contains("5.0", check.Explanation);
    }

    [Fact]
    public void WrongDirection_IsExplained()
    {
        var check = ClaimVerifier.Verify(Assert.Single(ClaimExtractor.Extract("Exports fell by 5.2% to 9.8 billion US dollars from 9.3 billion US dollars.")));
        Assert.Equal(Verdict.Inconsistent, check.Verdict);
        Assert.Contains("an increase", check.Explanation);
    }

    [Fact]
    public void ClaimsBuiltInCode()
    {
        var claim = Claim.Growth(PublishedNumber.Parse("6.8"), GrowthDirection.Increase,
            Figure.Parse("61.8 billion US dollars"), Figure.Parse("66.0 billion US dollars"));
        Assert.Equal(Verdict.Consistent, ClaimVerifier.Verify(claim).Verdict);
        var set = Claim.ShareSet([PublishedNumber.Parse("50.1"), PublishedNumber.Parse("50.1")], complete: true);
        Assert.Equal(Verdict.Inconsistent, ClaimVerifier.Verify(set).Verdict);
        var complete = Claim.ShareSet([PublishedNumber.Parse("33.3"), PublishedNumber.Parse("33.3"), PublishedNumber.Parse("33.3")], complete: true);
        Assert.Equal(Verdict.Consistent, ClaimVerifier.Verify(complete).Verdict);
    }

    [Fact]
    public void Markdown_And_Text_ListEveryClaim()
    {
        var report = VerificationReport.Check(File.ReadAllText(SeedPath));
        var md = report.ToMarkdown();
        Assert.StartsWith("| # | Sentence | Kind |", md, StringComparison.Ordinal);
        Assert.Equal(4, md.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && char.IsDigit(l[2])));
        Assert.Contains("3 consistent, 0 inconsistent, 0 ambiguous, 1 unverifiable", report.ToText());
    }

    [Fact]
    public void Sentences_DoNotBreakAtAbbreviationsOrDecimals()
    {
        var claims = ClaimExtractor.Extract("Exports reached 5.5 bln. U.S. dollars? No. Товарооборот составил 66,0 млрд. долл. США, что на 6,8% больше, чем годом ранее (61,8 млрд. долл. США).");
        var growth = Assert.Single(claims);
        Assert.Equal(Verdict.Consistent, ClaimVerifier.Verify(growth).Verdict);
    }

    [Fact]
    public void NoClaims_InTextWithoutFigures() => Assert.Empty(ClaimExtractor.Extract("The meeting was held in Astana on 30 April 2024 under the chairmanship of Kazakhstan."));
}

/// <summary>A coverage ratio of negative exports (a misprint such as "-1764,3", found by the mutation sweep) is not a
/// ratio: unverifiable, never an exception from an inverted interval.</summary>
public class NegativeCoverageTests
{
    [Fact]
    public void CoverageOfNegativeExports_IsUnverifiable()
    {
        var claim = Claim.Coverage(PublishedNumber.Parse("92.6", System.Globalization.CultureInfo.InvariantCulture),
            Figure.Parse("-1764.3 million USD", System.Globalization.CultureInfo.InvariantCulture),
            Figure.Parse("39248.6 million USD", System.Globalization.CultureInfo.InvariantCulture), percentage: true);
        Assert.Equal(Verdict.Unverifiable, ClaimVerifier.Verify(claim).Verdict);
    }
}
