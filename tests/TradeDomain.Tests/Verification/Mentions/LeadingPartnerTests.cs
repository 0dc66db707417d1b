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
        Assert.Equal(Country.FromCode("UZ"), MentionReader.FirstCountryNamed(Release));
        Assert.Equal(Country.FromCode("TR"), MentionReader.FirstCountryNamed("BAKU, Azerbaijan. Turkey's exports to China grew. Turkey's imports fell."));
        Assert.Equal(Country.FromCode("KZ"), MentionReader.FirstCountryNamed("Казахстан и Китай нарастили товарооборот."));
        Assert.Null(MentionReader.FirstCountryNamed("Exports grew by 5%."));
    }

    [Fact]
    public void LeadingPartner_IsTheSubject()
    {
        var claims = Read(Release);
        Assert.Contains("china", claims.Single(m => m.Token.Text == "$12.8bn").Subject);
        Assert.Empty(claims.Single(m => m.Token.Text == "$26.2bn").Subject);
    }

    private static List<FigureMention> Read(string text)
    {
        var reporter = MentionReader.FirstCountryNamed(text);
        var all = new List<FigureMention>();
        foreach (var sentence in text.Split(". "))
        {
            var m = MentionReaderTests.Read(sentence);
            MentionReader.AddLeadingPartner(sentence, Lexicon.Tokenize(sentence), m, reporter);
            all.AddRange(m);
        }

        return all;
    }
}
