using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Tests.Verification.Numbers;

public class NumberReaderTests
{
    internal static List<NumberToken> Read(string text, CurrencyContext? context = null) =>
        NumberReader.Read(text, Lexicon.Tokenize(text), Lexicon.Detect(text), context ?? CurrencyContext.Default);

    private static NumberToken Single(string text, NumberUnit unit) => Assert.Single(Read(text), t => t.Unit == unit);

    [Theory]
    // Compound amounts are precise to their last part.
    [InlineData("Товарооборот составил 2 млрд 407 млн долларов.", "2407", 0, AmountScale.Million)]
    [InlineData("Экспорт — 38 млрд 607,6 млн долларов.", "38607.6", 1, AmountScale.Million)]
    [InlineData("Импорт составил 1 миллиард 730,2 миллиона долларов.", "1730.2", 1, AmountScale.Million)]
    [InlineData("Turnover reached 27 billion 815 million US dollars.", "27815", 0, AmountScale.Million)]
    [InlineData("Exports were 1218 thousand 344.61 USD.", "1218344.61", 2, AmountScale.Units)]
    // Groups with commas and spaces in English text, a decimal comma in Russian text.
    [InlineData("Exports reached Rs.512,307 million.", "512307", 0, AmountScale.Million)]
    [InlineData("Trade stood at 815 412 mln US dollars.", "815412", 0, AmountScale.Million)]
    [InlineData("Exports were 1,500 million US dollars.", "1500", 0, AmountScale.Million)]
    [InlineData("Экспорт составил 1,500 млрд долларов.", "1.500", 3, AmountScale.Billion)]
    [InlineData("Экспорт составил $13,9млрд.", "13.9", 1, AmountScale.Billion)]
    [InlineData("Импорт — $ 18,086 млрд.", "18.086", 3, AmountScale.Billion)]
    [InlineData("Exports were $40,122m.", "40122", 0, AmountScale.Million)]
    [InlineData("Total trade came to USD182.52 billion.", "182.52", 2, AmountScale.Billion)]
    [InlineData("Товарооборот составил USD182,52 млрд.", "182.52", 2, AmountScale.Billion)]
    public void Amounts_ReadInEveryForm(string text, string value, int decimals, AmountScale scale)
    {
        var t = Single(text, NumberUnit.Amount);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), t.Value);
        Assert.Equal(decimals, t.Decimals);
        Assert.Equal(scale, t.Scale);
    }

    [Theory]
    [InlineData("The surplus was R19.70 billion.", "19.70", AmountScale.Billion, "ZAR")]
    [InlineData("Year-to-date exports rose to R1 519.02 billion.", "1519.02", AmountScale.Billion, "ZAR")]
    [InlineData("Imports came to R735m.", "735", AmountScale.Million, "ZAR")]
    [InlineData("Total trade surged to RM157.05 billion.", "157.05", AmountScale.Billion, "MYR")]
    [InlineData("Total trade surged to RM 157.05 billion.", "157.05", AmountScale.Billion, "MYR")]
    [InlineData("Exports reached Rp 15.2 trillion.", "15.2", AmountScale.Trillion, "IDR")]
    [InlineData("Exports reached S$2.1 billion.", "2.1", AmountScale.Billion, "SGD")]
    [InlineData("Exports reached A$3.4 billion.", "3.4", AmountScale.Billion, "AUD")]
    [InlineData("Exports reached R$1.2 billion.", "1.2", AmountScale.Billion, "BRL")]
    [InlineData("Total trade fell to N11.60 trillion.", "11.60", AmountScale.Trillion, "NGN")]
    [InlineData("Exports were ₦5.93 trillion.", "5.93", AmountScale.Trillion, "NGN")]
    [InlineData("Exports were Kshs. 490 billion.", "490", AmountScale.Billion, "KES")]
    public void LetterPrefix_BeforeTheDigits_IsItsCurrency(string text, string value, AmountScale scale, string code)
    {
        var t = Single(text, NumberUnit.Amount);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), t.Value);
        Assert.Equal(scale, t.Scale);
        Assert.Equal(code, t.Currency.Code);
        Assert.False(char.IsAsciiDigit(t.Text[0]), t.Text); // the prefix is part of the figure as printed
    }

    [Theory]
    [InlineData("Exports reached EGP 16.83bn, compared to EGP16.33 a year earlier.", AmountScale.Billion)]
    [InlineData("Exports reached EGP 16.83bn and imports EGP 3,250.5 million; fees were EGP16.33.", AmountScale.Units)]
    [InlineData("Exports reached $16.83 billion, while the fee was EGP16.33.", AmountScale.Units)]
    public void AmountWithoutScale_TakesTheOneScaleOfItsCurrencyInTheSentence(string text, AmountScale expected)
    {
        var t = Assert.Single(Read(text), x => x.Unit == NumberUnit.Amount && x.Text.EndsWith("16.33", StringComparison.Ordinal));
        Assert.Equal(expected, t.Scale);
    }

    [Theory]
    [InlineData("Spending on R 5 billion of projects grew.")]
    [InlineData("The FORM2 billion entries grew.")]
    public void LetterPrefix_SpacedOneLetterOrInsideAWord_IsNoCurrency(string text)
    {
        Assert.DoesNotContain(Read(text), t => t.Unit == NumberUnit.Amount && t.HasCurrency);
    }

    [Theory]
    [InlineData("Deliveries of the A320 and of HS8703 goods grew.")]
    [InlineData("Spending on R2 projects and BR2 units grew.")]
    [InlineData("The ABCD100 index and model XYZ300 were shown.")]
    public void DigitsGluedToAWord_AreNoAmount(string text)
    {
        Assert.DoesNotContain(Read(text), t => t.Unit == NumberUnit.Amount);
    }

    [Theory]
    [InlineData("Exports fell 3%.", "Percent")]
    [InlineData("Exports fell 3.2 percent.", "Percent")]
    [InlineData("Exports fell 3.2 per cent.", "Percent")]
    [InlineData("Экспорт снизился на 25,3 проц.", "Percent")]
    [InlineData("Экспорт снизился на 25,3 процента.", "Percent")]
    [InlineData("Експорт зріс на 25,3 відсотка.", "Percent")]
    [InlineData("The share rose by 3.1 pp.", "Points")]
    [InlineData("The share rose by 3.1 p.p.", "Points")]
    [InlineData("The share rose by 3.1 percentage points.", "Points")]
    [InlineData("Доля выросла на 2,4 п.п.", "Points")]
    [InlineData("Доля выросла на 2,4 процентного пункта.", "Points")]
    [InlineData("Exports grew 2.4-fold.", "Times")]
    [InlineData("Exports grew 1.5 times.", "Times")]
    [InlineData("Экспорт вырос в 1,5 раза.", "Times")]
    [InlineData("Експорт зріс у 2 рази.", "Times")]
    public void Units_AreRead(string text, string unit) => Single(text, Enum.Parse<NumberUnit>(unit));

    [Theory]
    [InlineData("Exports doubled.", "2")]
    [InlineData("Exports grew twice as fast.", "2")]
    [InlineData("Exports grew three times.", "3")]
    [InlineData("Экспорт вырос вдвое.", "2")]
    [InlineData("Экспорт вырос в два раза.", "2")]
    [InlineData("Імпорт скоротився вдвічі.", "2")]
    public void MultiplesWrittenAsWords_AreRead(string text, string factor) =>
        Assert.Equal(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture), Single(text, NumberUnit.Times).Value);

    [Theory]
    [InlineData("Exports grew by almost 2.6 times.", "almost")]
    [InlineData("Exports grew by more than 5%.", "over")]
    [InlineData("Exports grew by about 5%.", "about")]
    [InlineData("Экспорт вырос почти на 5%.", "")]
    [InlineData("Экспорт вырос более чем на 5%.", "")]
    [InlineData("Экспорт составил около 5 млрд долларов.", "about")]
    [InlineData("Экспорт составил свыше 5 млрд долларов.", "over")]
    public void Approximators_AreKept(string text, string approximator) =>
        Assert.Equal(approximator, Read(text).First(t => t.Unit is NumberUnit.Percent or NumberUnit.Times or NumberUnit.Amount).Approximator);

    [Fact]
    public void DashBetweenNameAndFigure_IsNotAMinus()
    {
        Assert.All(Read("Казахстан - 47%, Узбекистан – 20%."), t => Assert.Equal(0, t.Sign));
        Assert.Equal(-1, Single("Exports changed (-4.3%).", NumberUnit.Percent).Sign);
        Assert.Equal(-1, Single("Exports changed: −4.3%.", NumberUnit.Percent).Sign);
    }

    [Fact]
    public void DoubledScaleWord_IsNotAFigure() => Assert.DoesNotContain(Read("Exports rose to $2 billion billion."), t => t.Unit == NumberUnit.Amount);

    [Fact]
    public void Yen_IsAmbiguousWithoutContext()
    {
        Assert.Equal("¥", Single("Exports were ¥2 billion.", NumberUnit.Amount).AmbiguousCurrency);
        var yuan = Single("Exports were ¥2 billion.", NumberUnit.Amount);
        Assert.False(yuan.HasCurrency);
        Assert.True(Assert.Single(Read("Exports were ¥2 billion.", CurrencyContext.Default.WithYen(Currency.CNY)), t => t.Unit == NumberUnit.Amount).HasCurrency);
    }

    [Theory]
    [InlineData("The meeting was held on 30 April 2024.")]
    [InlineData("The meeting was held on April 30, 2024.")]
    [InlineData("Встреча прошла 30 апреля 2024 года.")]
    public void DatesAreNotFigures(string text) =>
        Assert.DoesNotContain(Read(text), t => t.Unit is NumberUnit.Amount or NumberUnit.Percent or NumberUnit.Plain);

    private static readonly Currency[] Currencies = [Currency.USD, Currency.EUR, Currency.FromCode("KZT"), Currency.FromCode("RUB"), Currency.CNY];

    /// <summary>A formatted amount, in every form the library writes (W, S, C, R), read back from a sentence gives the
    /// printed number, its decimals and its scale exactly.</summary>
    [Property(MaxTest = 300)]
    public Property FormattedAmount_InEveryForm_ReadsBackExactly() =>
        Prop.ForAll(Gen.Choose(0, 99_999_999).ToArbitrary(), Gen.Choose(0, 2).Zip(Gen.Elements(AmountScale.Units, AmountScale.Thousand, AmountScale.Million, AmountScale.Billion)).ToArbitrary(),
            Gen.Elements(Currencies.SelectMany(c => new[] { "W", "S", "C", "R" }.Select(f => (c, f))).ToArray()).ToArbitrary(), (digits, precision, form) =>
            {
                var (decimals, scale) = precision;
                var (currency, format) = form;
                var printed = new decimal(digits, 0, 0, false, (byte)decimals);
                var amount = ReportedAmount.Create(printed, scale, currency, decimals);
                var text = (format == "R" ? "Экспорт составил " : "Exports amounted to ") + amount.ToString(format, null) + ".";
                var token = Assert.Single(Read(text, CurrencyContext.Default.WithYen(Currency.CNY)), t => t.Unit == NumberUnit.Amount);
                return token.Value == printed && token.Decimals == decimals && token.Scale == scale && (!token.HasCurrency || token.Currency == currency);
            });

    /// <summary>Random text never throws, and the numbers found lie inside it, in order, without overlapping.</summary>
    [Property(MaxTest = 500)]
    public bool RandomText_NeverThrows_AndTokensAreOrderedWithinTheText(string? text)
    {
        var s = text ?? "";
        var tokens = Read(s);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start < 0 || tokens[i].End > s.Length || tokens[i].Start >= tokens[i].End || (i > 0 && tokens[i].Start < tokens[i - 1].End))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public Property NumberHeavyNoise_NeverThrows() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements("1", "2,5", "1 000", "1,000.5", "млрд", "billion", "$", "%", "-", "–", "(", ")", "в", "раза", "times", "USD", "¥", "Rs.", " ", "\u00A0", ".", ",", "2023", "almost", "почти", "тыс.", "проц.")).ToArbitrary(), parts =>
        {
            var s = string.Concat(parts);
            var tokens = Read(s);
            return tokens.All(t => t.Start >= 0 && t.End <= s.Length && t.Start < t.End);
        });
}
