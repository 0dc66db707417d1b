using TradeDomain.Verification;
using TradeDomain.Verification.Languages;
using Xunit;

namespace TradeDomain.Tests.Verification.Languages;

/// <summary>Uzbek (Latin and Cyrillic), Kazakh, Kyrgyz, Azerbaijani and Polish: which language a text is in, and the plain shapes through the whole
/// checker. Each expectation's working is in its comment, from the arithmetic, not from the tool.</summary>
public sealed class OtherLanguagesTests
{
    [Theory]
    [InlineData("Tashqi savdo aylanmasi 20,5 milliard dollarga yetdi, o‘tgan yilga nisbatan o‘sish 37,4% bo‘ldi.", "Uzbek")]
    [InlineData("Eksport 5,2 mlrd dollarni tashkil etdi.", "Uzbek")]
    [InlineData("Ташқи савдо айланмаси 5,8 млрд АҚШ долларига етди, бу ўтган йилга нисбатан 29,2 фоизга кўп.", "Uzbek")]
    [InlineData("Сыртқы сауда айналымы 12,5 млрд долларды құрады, оның ішінде экспорт 5,2 млрд доллар.", "Kazakh")]
    [InlineData("Экспорт составил 5,2 млрд долларов, импорт — 7,3 млрд долларов.", "Russian")]
    [InlineData("Товарооборот с «Қазақстан темір жолы» и другими компаниями составил 5,2 млрд долларов, импорт вырос на 7,3% за первое полугодие текущего года по данным ведомства.", "Russian")]
    [InlineData("Експорт товарів зріс на 12,4% і становив 5,2 млрд доларів.", "Ukrainian")]
    [InlineData("Exports rose 12.4% to $5.2 billion at o'clock.", "English")]
    [InlineData("Ötən ilin eyni dövrü ilə müqayisədə Azərbaycanın xarici ticarət dövriyyəsi 6,6 faiz çox olub.", "Azerbaijani")]
    [InlineData("Exports to Azərbaycan rose 12.4% to $5.2 billion.", "English")]
    [InlineData("Białoruś zmniejszyła import towarów o 14,5% w porównaniu z tym samym okresem.", "Polish")]
    [InlineData("Exports to Łódź rose 12.4% to $5.2 billion.", "English")]
    public void Detect_NamesTheLanguage(string text, string expected) =>
        Assert.Equal(expected, Lexicon.Detect(text).ToString());

    [Theory]
    // 5.2 + 7.3 = 12.5 [12.4, 12.6] ∋ 12.5 [12.45, 12.55]; Uzbek writes a decimal comma
    [InlineData("Tashqi savdo aylanmasi 12,5 mlrd dollarni tashkil etdi, shu jumladan eksport 5,2 mlrd dollar, import 7,3 mlrd dollar.", "12.5")]
    [InlineData("Ташқи савдо айланмаси 12,5 млрд долларни ташкил этди, шу жумладан экспорт 5,2 млрд доллар, импорт 7,3 млрд доллар.", "12.5")]
    [InlineData("Сыртқы сауда айналымы 12,5 млрд долларды құрады, оның ішінде экспорт 5,2 млрд доллар, импорт 7,3 млрд доллар.", "12.5")]
    // a topic marker after its topic ("import esa", "idxal isə"): the topic is the next figure's measure
    [InlineData("Tashqi savdo aylanmasi 12,5 mlrd dollarni tashkil etdi. Eksport 5,2 mlrd dollarni, import esa 7,3 mlrd dollarni tashkil etdi.", "12.5")]
    [InlineData("Xarici ticarət dövriyyəsi 12,5 milyard dollar olub. İxrac 5,2 milyard dollar, idxal isə 7,3 milyard dollar təşkil edib.", "12.5")]
    // Kyrgyz, read with Kazakh's conventions: "анын ичинде" (including)
    [InlineData("Кыргызстандын тышкы соода жүгүртүүсү 12,5 миллиард долларды түздү, анын ичинде экспорт 5,2 миллиард доллар, импорт 7,3 миллиард доллар.", "12.5")]
    // Polish: "w tym" (including), a decimal comma, "dolarów"
    [InlineData("Obrót towarowy wyniósł 12,5 mld dolarów, w tym eksport 5,2 mld dolarów, import 7,3 mld dolarów.", "12.5")]
    // a measure in the genitive right after the amount is its own ("… dolları ixracın payına"), the one before the whole's
    [InlineData("Xarici ticarət dövriyyəsi 12,5 milyard dollar olub. Dövriyyənin 5,2 milyard ABŞ dolları ixracın, 7,3 milyard ABŞ dolları isə idxalın payına düşüb.", "12.5")]
    // Tajik: "воридот" (imports), "содирот" (exports), "ташкил додааст" after the amount; 8,2 + 4,3 = 12,5
    [InlineData("Мубодилоти мол дар моҳҳои январ-июн 12,5 миллиард доллар расидааст. Дар ин муддат воридот 8,2 миллиард доллар ва содирот 4,3 миллиард долларро ташкил додааст.", "12.5")]
    public void Sum_OfExportsAndImports_IsChecked(string text, string published)
    {
        var check = Assert.Single(VerificationReport.Check(text).Checks, c => c.Claim.Kind == ClaimKind.Sum);
        Assert.Equal(decimal.Parse(published, System.Globalization.CultureInfo.InvariantCulture), check.Claim.Published.Value);
        Assert.Equal(Verdict.Consistent, check.Verdict);
    }

    [Theory]
    // "from A to B" as case endings of the amounts (ablative, dative): 4.86 / 4.32 − 1 = 12.50%; inputs' interval
    // [4.855 / 4.325 − 1, 4.865 / 4.315 − 1] = [12.25%, 12.75%]; published 12.5 → [12.45, 12.55]: overlap
    [InlineData("Türkiyənin ixracı 12,5% artaraq 4,32 milyard dollardan 4,86 milyard dollara çatıb.", "Consistent")]
    [InlineData("Eksport 12,5% ga oshib, $4,32 milliarddan $4,86 milliardga yetdi.", "Consistent")]
    [InlineData("Экспорт 12,5%-ға өсіп, 4,32 млрд доллардан 4,86 млрд долларға жетті.", "Consistent")]
    // the same with 10.5 → [10.45, 10.55] against [12.25%, 12.75%]: no overlap
    [InlineData("Türkiyənin ixracı 10,5% artaraq 4,32 milyard dollardan 4,86 milyard dollara çatıb.", "Inconsistent")]
    [InlineData("Экспорт 10,5%-ға өсіп, 4,32 млрд доллардан 4,86 млрд долларға жетті.", "Inconsistent")]
    // "compared with the same period, by X or Y% decreasing, came to Z": the postposition "müqayisədə" closes the base
    // phrase, X joined to the rate by "və ya" is the change, the verb after Z makes it the level: 6 100,5 / (25 400,2 +
    // 6 100,5) = 19.365%; inputs [6 100,495 / 31 500,715, 6 100,505 / 31 500,685] = [19.3648, 19.3650]; 19,4 -> consistent,
    // 18,4 -> no overlap.
    [InlineData("Bu ilin yanvar-may aylarında idxalın dəyəri ötən ilin eyni dövrü ilə müqayisədə 6 100,5 min dollar və ya 19,4% azalaraq 25 400,2 min dollar təşkil edib.", "Consistent")]
    [InlineData("Bu ilin yanvar-may aylarında idxalın dəyəri ötən ilin eyni dövrü ilə müqayisədə 6 100,5 min dollar və ya 18,4% azalaraq 25 400,2 min dollar təşkil edib.", "Inconsistent")]
    public void Growth_FromAndToByCaseEndings_IsChecked(string text, string verdict)
    {
        var check = Assert.Single(VerificationReport.Check(text).Checks, c => c.Claim.Kind == ClaimKind.Growth);
        Assert.Equal(verdict, check.Verdict.ToString());
    }

    [Theory]
    // an ablative before "more than" is a comparison ("more than 10 billion dollars"), not the base of the 5% rise
    [InlineData("Ixrac 10 milyard dollardan çox olub, 5% artıb.")]
    [InlineData("Eksport 10 mlrd dollardan ortiq bo'ldi, 5% ga oshdi.")]
    [InlineData("Экспорт 10 млрд доллардан астам болды, 5%-ға өсті.")]
    public void ComparisonByCaseEnding_IsNoBase(string text) =>
        Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Verdict is Verdict.Inconsistent or Verdict.Consistent);

    [Fact]
    public void Sum_ThatDoesNotAddUp_IsNotConsistent_InAzerbaijani()
    {
        // 5.2 + 8.3 = 13.5 [13.4, 13.6] against 12.5 [12.45, 12.55]: no overlap. The parts are in the next sentence, the
        // only flow values of the text, so the link is certain (OnlyPairNextTo) and the sum inconsistent; never consistent.
        var check = Assert.Single(VerificationReport.Check("Xarici ticarət dövriyyəsi 12,5 milyard dollar olub. Dövriyyənin 5,2 milyard ABŞ dolları ixracın, 8,3 milyard ABŞ dolları isə idxalın payına düşüb.").Checks,
            c => c.Claim.Kind == ClaimKind.Sum);
        Assert.Equal(Verdict.Inconsistent, check.Verdict);
        Assert.Equal(13.5m, check.Computed);
    }

    [Fact]
    public void Sum_ThatDoesNotAddUp_IsInconsistent_InKyrgyz()
    {
        // 5.2 + 8.3 = 13.5 [13.4, 13.6] against 12.5 [12.45, 12.55]: no overlap
        var check = Assert.Single(VerificationReport.Check("Кыргызстандын тышкы соода жүгүртүүсү 12,5 миллиард долларды түздү, анын ичинде экспорт 5,2 миллиард доллар, импорт 8,3 миллиард доллар.").Checks,
            c => c.Claim.Kind == ClaimKind.Sum);
        Assert.Equal(Verdict.Inconsistent, check.Verdict);
    }

    [Fact]
    public void Sum_ThatDoesNotAddUp_IsInconsistent_InPolish()
    {
        // 5.2 + 8.3 = 13.5 [13.4, 13.6] against 12.5 [12.45, 12.55]: no overlap
        var check = Assert.Single(VerificationReport.Check("Obrót towarowy wyniósł 12,5 mld dolarów, w tym eksport 5,2 mld dolarów, import 8,3 mld dolarów.").Checks,
            c => c.Claim.Kind == ClaimKind.Sum);
        Assert.Equal(Verdict.Inconsistent, check.Verdict);
    }

    [Fact]
    public void Sum_ThatDoesNotAddUp_IsInconsistent_InUzbek()
    {
        // 5.2 + 8.3 = 13.5 [13.4, 13.6] against 12.5 [12.45, 12.55]: no overlap
        var check = Assert.Single(VerificationReport.Check("Tashqi savdo aylanmasi 12,5 mlrd dollarni tashkil etdi, shu jumladan eksport 5,2 mlrd dollar, import 8,3 mlrd dollar.").Checks,
            c => c.Claim.Kind == ClaimKind.Sum);
        Assert.Equal(Verdict.Inconsistent, check.Verdict);
    }

    [Theory]
    [InlineData("Ko‘rsatkich o‘sdi.")]
    [InlineData("Eksport 20,5 foizga oshdi, 12 ta mamlakat bilan savdo qilindi.")]
    [InlineData("Экспорт 42%-ға ұлғайып, 1 049 мың тоннаға жетті.")]
    // "тенге" ends as the Kazakh dative "-ге" does, but is the currency's own name: no "to" value
    [InlineData("Торговля Казахстана с Китаем составила 343,55 млрд тенге, или 100,0% от общего объема (343,59 млрд тенге).")]
    public void NoFalseAlarm(string text) =>
        Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Verdict == Verdict.Inconsistent);

    [Theory]
    [InlineData("İxrac", "ixrac")]
    [InlineData("İDXAL", "idxal")]
    [InlineData("Dövriyyəsİ", "dövriyyəsi")]
    public void DottedCapitalI_LowersToI(string word, string lower) =>
        Assert.Equal(lower, Assert.Single(Lexicon.Tokenize(word)).Lower);

    [Fact]
    public void Apostrophes_OfUzbekLetters_AreFoldedInsideWords()
    {
        // o‘ (U+2018), oʻ (U+02BB), o` and o' are one letter of Uzbek's alphabet: one word each, spelt with '.
        foreach (var spelling in new[] { "o‘sish", "oʻsish", "o`sish", "o'sish", "o’sish" })
        {
            var word = Assert.Single(Lexicon.Tokenize(spelling));
            Assert.Equal("o'sish", word.Lower);
        }
    }
}
