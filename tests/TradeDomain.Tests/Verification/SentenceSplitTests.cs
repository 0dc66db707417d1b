using TradeDomain.Verification;
using Xunit;

namespace TradeDomain.Tests.Verification;

/// <summary>Where the sentence splitter ends a sentence and where it does not.</summary>
public class SentenceSplitTests
{
    [Theory]
    // a currency prefix with a dot before a figure ends no sentence
    [InlineData("Exports rose 15.5% to Kshs. 490 billion from Kshs. 424 billion in 2020. Imports increased 27.1%.", 2)]
    // the Armenian full stop, and a colon before an Armenian capital, end one
    [InlineData("Արտահանումը կազմել է 504 մլն դոլար։ Ներմուծումը աճել է 45%-ով։", 2)]
    [InlineData("Արտահանումը կազմել է 504 մլն դոլար: Ներմուծումը աճել է 45%-ով:", 2)]
    // an English colon before a capital does not
    [InlineData("The figures were as follows: Exports rose to $5.0 billion.", 1)]
    // abbreviations written together ("млн.дол."), before a currency code or a bracket, end none
    [InlineData("За 2016р. експорт товарів склав 36362,8 млн.дол. США, імпорт – 39248,6 млн.дол. Сальдо було негативним.", 2)]
    [InlineData("Сальдо становило 2885,8 млн.дол. (у 2015р. позитивне – 610,7 млн.дол.). Коефіцієнт покриття дорівнював 0,93.", 2)]
    public void Sentences_AreSplitWhereTheyEnd(string text, int count)
    {
        Assert.Equal(count, Sentences.Paragraphs(text).Sum(p => p.Count));
    }
}
