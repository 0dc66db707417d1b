namespace TradeDomain.Verification;

/// <summary>
/// What a check found, in no language (the Verification stage writes findings, the Explanation stage writes them as
/// text): a code naming the sentence to write (a line of
/// <c>Verification/Languages/{en,ru}/explanations.tsv</c>) and its arguments. An argument is a <see cref="string"/>
/// written as it is (a figure as printed, a currency code), a <see cref="Num"/> written in the language's number form,
/// a nested <see cref="Finding"/>, or a <see cref="FindingList"/>.
/// </summary>
internal sealed class Finding
{
    internal Finding(string code, params object[] args)
    {
        Code = code;
        Args = args;
    }

    /// <summary>The template's code, e.g. <c>judge.consistent</c>.</summary>
    internal string Code { get; }

    /// <summary>The template's arguments, in the order of its placeholders {0}, {1}, ….</summary>
    internal IReadOnlyList<object> Args { get; }
}

/// <summary>A computed number shown to <paramref name="Decimals"/> places (rounded half away from zero).</summary>
internal readonly record struct Num(decimal Value, int Decimals);

/// <summary>Items written one after another with the language's joiner between them (<paramref name="JoinerCode"/>,
/// e.g. <c>join.and</c> or <c>join.plus</c>).</summary>
internal sealed record FindingList(IReadOnlyList<object> Items, string JoinerCode);
