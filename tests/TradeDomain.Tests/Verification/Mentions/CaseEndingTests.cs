using TradeDomain.Verification;
using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Mentions;
using TradeDomain.Tests.Verification.Numbers;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>Azerbaijani, Uzbek and Kazakh write "from A to B" and "by" as case endings of the amount's last word (the
/// ablative, the dative): the role each ending gives, and where it gives none. Invented figures.</summary>
public class CaseEndingTests
{
    private static FigureMention At(string text, string figure) =>
        MentionReader.Read(text, Lexicon.Tokenize(text), NumberReaderTests.Read(text), 0, 0, new MentionReader.SentencePeriod(null, null), out _)
            .Single(m => m.Token.Text.Contains(figure, StringComparison.Ordinal));

    [Theory]
    // from A to B
    [InlineData("İdxal 20,0% artaraq 5,0 milyard dollardan 6,0 milyard dollara yüksəlib.", "5,0", "From")]
    [InlineData("İdxal 20,0% artaraq 5,0 milyard dollardan 6,0 milyard dollara yüksəlib.", "6,0", "To")]
    [InlineData("Eksport $4,32 milliarddan $4,86 milliardga oshdi.", "4,32", "From")]
    [InlineData("Eksport $4,32 milliarddan $4,86 milliardga oshdi.", "4,86", "To")]
    [InlineData("Экспорт 738 мың тоннадан 1 049 мың тоннаға жетті.", "738", "From")]
    [InlineData("Экспорт 738 мың тоннадан 1 049 мың тоннаға жетті.", "1 049", "To")]
    // a dative before a verb of change is the change ("increased by"), before a verb of reaching the new value
    [InlineData("Eksport $1,2 mlrdga ko'payib, $5,2 mlrdga yetdi.", "1,2", "Change")]
    [InlineData("Eksport $1,2 mlrdga ko'payib, $5,2 mlrdga yetdi.", "5,2", "To")]
    [InlineData("Экспорт 1,2 млрд долларға өсіп, 5,2 млрд долларға жетті.", "1,2", "Change")]
    // a dative before "compared with" is the base
    [InlineData("Eksport 5 mlrd dollarga nisbatan 10% ga oshdi.", "5 mlrd", "From")]
    // an ablative before "more than" is a comparison, not a base
    [InlineData("Ixrac 10 milyard dollardan çox olub.", "10", "None")]
    [InlineData("Экспорт 10 млрд доллардан астам болды.", "10", "None")]
    // a currency's own name is no case form ("тенге" is not "тен" + "-ге")
    [InlineData("Товарооборот 343,55 млрд тенге, рост 5%.", "343,55", "None")]
    public void Ending_GivesTheRole(string text, string figure, string role) =>
        Assert.Equal(role, At(text, figure).Role.ToString());
}
