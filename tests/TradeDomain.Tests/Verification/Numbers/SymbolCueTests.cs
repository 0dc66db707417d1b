using TradeDomain.Verification;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Tests.Verification.Numbers;

/// <summary>"¥" is the yen or the yuan by what the text is about (<c>Verification/Data/symbol-cues.csv</c>): the cue
/// named first decides; no cue leaves it ambiguous; a caller's context always wins.</summary>
public class SymbolCueTests
{
    [Theory]
    [InlineData("Japan ran a surplus of ¥2.46 trillion, the Finance Ministry said.", "JPY")]
    [InlineData("Japanese exports rose to ¥79.22 trillion.", "JPY")]
    [InlineData("Japan's deficit with China was ¥3.36 trillion.", "JPY")] // the country named first
    [InlineData("China's exports to Japan reached ¥2.1 trillion.", "CNY")]
    [InlineData("Exports rose to ¥2.1 trillion, the PRC customs said.", "CNY")]
    [InlineData("Exports of 500 billion yuan; imports ¥300 billion.", "CNY")] // the currency's own word
    [InlineData("Экспорт Японии составил ¥79,22 трлн.", "JPY")]
    [InlineData("Экспорт Китая вырос до ¥2,1 трлн.", "CNY")]
    [InlineData("Товарооборот с КНР составил ¥2,1 трлн, или 300 млрд долларов.", "CNY")]
    public void Yen_IsResolvedByTheFirstCue(string text, string code) =>
        Assert.Equal(Currency.FromCode(code), SymbolCues.Resolve(text, CurrencyContext.Default).Yen);

    [Theory]
    [InlineData("Exports rose to ¥2.1 trillion.")] // no cue
    [InlineData("Exports from Chinatown rose to ¥2.1 trillion.")] // not the word China
    [InlineData("Japan ran a surplus of $2 billion.")] // no ¥ to resolve
    public void Yen_StaysAmbiguousWithoutACue(string text) =>
        Assert.True(SymbolCues.Resolve(text, CurrencyContext.Default).Yen.IsDefault);

    [Fact]
    public void CallersContext_Wins() =>
        Assert.Equal(Currency.CNY, SymbolCues.Resolve("Japan ran a surplus of ¥2.46 trillion.", CurrencyContext.Default.WithYen(Currency.CNY)).Yen);

    [Theory]
    [InlineData("Japan ran a trade surplus of ¥2.46 trillion. Exports gained 10.8 percent to ¥79.22 trillion. Imports rose 13.6 percent to ¥76.77 trillion.")]
    [InlineData("Сальдо торговли Японии составило ¥2,46 трлн. Экспорт вырос на 10,8% до ¥79,22 трлн. Импорт увеличился на 13,6% до ¥76,77 трлн.")]
    public void Balance_InYen_IsChecked(string text)
    {
        var check = Assert.Single(VerificationReport.Check(text).Checks, c => c.Claim.Kind == ClaimKind.Difference);
        Assert.Equal(Verdict.Consistent, check.Verdict);
    }
}
