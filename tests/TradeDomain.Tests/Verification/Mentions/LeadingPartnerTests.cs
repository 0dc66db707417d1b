using TradeDomain.Verification;
using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Mentions;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>A country's name as a sentence's first word is the subject of that sentence's figures unless it is the
/// release's own country (the one written in the possessive most, else the first named). Invented figures.</summary>
public class LeadingPartnerTests
{
    private const string Release = "Uzbekistan's foreign trade turnover reached $71.4bn in 2024. China was the largest source of imports, at $12.8bn. Uzbekistan exported $26.2bn of goods.";

    [Fact]
    public void ReportersCountry_IsTheOneInThePossessive()
    {
        Assert.Equal(Country.FromCode("UZ"), MentionReader.ReporterOf(Release)!.Country);
        Assert.Equal(Country.FromCode("TR"), MentionReader.ReporterOf("BAKU, Azerbaijan. Turkey's exports to China grew. Turkey's imports fell.")!.Country);
        Assert.Equal(Country.FromCode("KZ"), MentionReader.ReporterOf("Казахстан и Китай нарастили товарооборот.")!.Country);
        Assert.Null(MentionReader.ReporterOf("Exports grew by 5%."));
    }

    [Fact]
    public void LeadingPartner_IsTheSubject()
    {
        var claims = Read(Release);
        Assert.Contains("china", claims.Single(m => m.Token.Text == "$12.8bn").Subject);
        Assert.Empty(claims.Single(m => m.Token.Text == "$26.2bn").Subject);
    }

    [Fact]
    public void ReportersName_IsNoSubject_WhereItIsTheOnlyPossessive()
    {
        var figures = Read("Pakistan's trade deficit widened 11.2 percent to $41.3 billion. The Pakistan Bureau of Statistics put the deficit at $37.1 billion a year earlier.");
        Assert.All(figures, m => Assert.Empty(m.Subject));
        // Several countries' own figures keep their names (the first country's, leading its sentence, is the release's).
        var compared = Read("Latvia's exports came to EUR 8.1 billion. In January Lithuania's exports came to EUR 19.2 billion.");
        Assert.Contains("lithu", compared.Single(m => m.Token.Text.Contains("19.2", StringComparison.Ordinal)).Subject);
    }

    [Theory]
    // 41.3 / 37.1 - 1 = 11.32%; inputs [41.25/37.15 - 1, 41.35/37.05 - 1] = [11.04, 11.61]; 11.2 -> [11.15, 11.25] -> consistent.
    [InlineData("Pakistan's trade deficit widened 11.2 percent to $41.3 billion. The Pakistan Bureau of Statistics put the deficit at $37.1 billion a year earlier.", "11.2")]
    public void RateOfTheReportersTotal_TakesTheBaseElsewhere(string text, string published) =>
        ShapeCheck.Verify(text, ClaimKind.Growth, published, Verdict.Consistent);

    private static List<FigureMention> Read(string text)
    {
        var reporter = MentionReader.ReporterOf(text);
        var all = new List<FigureMention>();
        foreach (var sentence in text.Split(". "))
        {
            var m = MentionReaderTests.Read(sentence);
            MentionReader.ApplyReporter(sentence, Lexicon.Tokenize(sentence), m, reporter);
            all.AddRange(m);
        }

        return all;
    }
}
