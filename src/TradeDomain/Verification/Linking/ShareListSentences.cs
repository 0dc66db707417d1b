using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Mentions;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Linking;

/// <summary>A list of shares that runs on into the next sentence.</summary>
internal static partial class DocumentLinker
{
    /// <summary>
    /// "First place was taken by China with 2.3 billion dollars (17.9 percent of total turnover). Russia came second with
    /// $2.1 billion (16.9%), and Kazakhstan third with $1 billion (8.4%)": a sentence right after a share statement (same
    /// paragraph) whose every percentage either stands bare in brackets just after an amount ("$2.1 billion (16.9%)": no
    /// direction, rate or earlier-period word) or is itself a share of the same named whole ("Turkiye accounted for 5.4% of
    /// foreign trade", after "17% of the total foreign trade") continues the list: its bare percentages are shares of the
    /// lead's whole, and its shares join the previous sentence's in one share set. Two sentences may list shares of other
    /// wholes or periods, so every link made here is uncertain: it can make a claim ambiguous, never inconsistent.
    /// Returns the indices of the sentences that continue the list of the sentence before them.
    /// </summary>
    private static Dictionary<int, int> ContinueListsAcrossSentences(List<SentenceFacts> sentences)
    {
        var continuing = new Dictionary<int, int>();
        for (int i = 1; i < sentences.Count; i++)
        {
            // The lead: the nearest earlier sentence with percentages, if at most one sentence without any stands between
            // ("… (17.9 percent of total turnover). Uzbekistan exported $668.7 million to China and imported $1.6 billion.
            // Russia came second with $2.1 billion (16.9%)").
            int back = i - 1;
            if (back >= 1 && !HasRates(sentences[back]) && sentences[back].Paragraph == sentences[i].Paragraph)
            {
                back--;
            }

            var prev = sentences[back];
            var next = sentences[i];
            var lead = prev.Mentions.LastOrDefault(m => m.Token.Unit == NumberUnit.Percent && m.PercentRole == PercentRole.Share && !m.Earlier && !m.OtherMeasure);
            var namedFlowLead = lead is null ? NamedFlowLead(prev, next) : null;
            lead ??= namedFlowLead;
            // "China - $3.3bn (17% of the total foreign trade), Russia - $2.9bn (15.1%), and Kazakhstan - $1.5bn (7.7%)": one
            // list, whose whole only its first share names: its last share is of that whole.
            var leadShares = prev.Mentions.Where(m => m.Token.Unit == NumberUnit.Percent && !m.Earlier).ToList();
            var listWhole = leadShares.All(m => m.PercentRole == PercentRole.Share && m.PartMeasure == Measure.None && !m.OtherMeasure)
                && leadShares.Where(m => m.WholeMeasure != Measure.None && !m.ContinuesList).ToList() is [var opening]
                ? opening.WholeMeasure : Measure.None;
            // Such a list goes on only into a share that names the same whole (a bare "Kazakhstan's share was 3.3%" may be of
            // another).
            var leadWhole = lead is null ? Measure.None : lead.WholeMeasure != Measure.None ? lead.WholeMeasure
                : listWhole != Measure.None && next.Mentions.Any(m => m.Token.Unit == NumberUnit.Percent && m.PercentRole == PercentRole.Share && !m.Earlier && !m.ContinuesList && m.WholeMeasure == listWhole)
                    ? listWhole : Measure.None;
            // Shares that name their part by its measure ("the share of exports in turnover …") are paired elsewhere
            // (exports' and imports' shares of one turnover).
            if (lead is null || leadWhole == Measure.None || lead.PartMeasure != Measure.None || next.Paragraph != prev.Paragraph || NamesSeveralYears(prev.Text) || NamesSeveralYears(next.Text)
                || prev.Mentions.Any(m => m.Token.Unit == NumberUnit.Percent && m.Token.Start > lead.Token.End && m.PercentRole != PercentRole.Share))
            {
                continue;
            }

            // Growth rates of the sentence's own values ("…, down 10.8 percent, and made up 73.6 percent of total export
            // turnover") neither continue nor break the list.
            var percents = next.Mentions.Where(m => m.Token.Unit is NumberUnit.Percent or NumberUnit.Times or NumberUnit.Points
                && !(m.PercentRole == PercentRole.Growth && m.Direction is not null && prev.Mentions.Any(l => l.PercentRole == PercentRole.Growth && l.Direction is not null))).ToList();
            var bare = percents.Where(m => IsBareBracketShare(m, next) && (m.Year is null || lead.Year is null || m.Year == lead.Year)).ToList();
            // A share of the same named whole, or one that names no whole ("Russia followed with a 15.8% share"), or a list
            // of named shares in brackets in a sentence about the lead's whole ("The rest of the top five export destinations
            // were the United States (7.4%), …" after "… 10.6% of all exports"); a list that names no flow ("The leading
            // single destinations were United Kingdom (12.8%) …" after "Europe took 49.8% of exports") continues it only
            // where a ranking word places its items after the lead's ("Brazil came second (16%), followed by …"; class
            // list-rank).
            // "Japan was the leading export market, … 16.6 percent of the total", after a list of goods: a list-head word before
            // the sentence's first figure opens a list of its own, unless a ranking word places it after the lead's ("The rest
            // of the top five export destinations were …").
            var lex = Lexicon.All;
            // A named-flow lead was taken only with a list of named shares after it.
            bool ranked = namedFlowLead is not null || Enumerable.Range(0, next.Words.Count).Any(k => lex.Is(next.Words, k, "list-rank"));
            if (!ranked && Enumerable.Range(0, next.Words.Count).Any(k => next.Mentions.Count > 0 && next.Words[k].End <= next.Mentions[0].Token.Start && lex.Is(next.Words, k, "list-head")))
            {
                continue;
            }
            // "На Китай пришлось 16,8%, Казахстан — 8,3%, …": a list opened by a share of its own (no whole named) goes on
            // with it.
            ranked |= percents.FirstOrDefault() is { PercentRole: PercentRole.Share, ShareByList: false, Earlier: false } first
                && (first.WholeMeasure == Measure.None || first.WholeMeasure == leadWhole) && first.PartMeasure == Measure.None;
            bool sameWhole(FigureMention m) => m.Token.Unit == NumberUnit.Percent && m.PercentRole == PercentRole.Share && !m.Earlier && !m.OtherMeasure
                && (m.WholeMeasure == leadWhole || (m.WholeMeasure == Measure.None && (!m.ShareByList || m.Measure == leadWhole || (m.Measure == Measure.None && ranked))))
                && m.PartMeasure == Measure.None && !m.ContinuesList;
            // "Turkiye accounted for 5.4% of Uzbekistan's foreign trade ($1bn), and South Korea 4.1% ($0.8bn)", after one list
            // of that whole: a share that continues a list in its own sentence goes with the one share that leads it there.
            // (After several lists — "Latvia sent 17 percent of its exports to Lithuania and 12 percent to Estonia, while
            // Lithuania sent 10 percent of its exports …" — each list is complete in itself, and so is the next one.)
            bool sameWholeOrListed(FigureMention m) => sameWhole(m)
                || (listWhole == leadWhole && m.ContinuesList && m.ShareByList && percents.Where(x => !x.ContinuesList).ToList() is [var own] && own.Token.Start < m.Token.Start && own.WholeMeasure == leadWhole && sameWhole(own));
            if (percents.Count == 0 || percents.Any(m => !bare.Contains(m) && !sameWholeOrListed(m)))
            {
                continue;
            }

            foreach (var m in percents.Where(m => m.PercentRole == PercentRole.Share && m.WholeMeasure == Measure.None && !bare.Contains(m)))
            {
                m.WholeMeasure = leadWhole;
            }

            foreach (var m in bare)
            {
                m.PercentRole = PercentRole.Share;
                m.ShareByList = true;
                m.ContinuesList = true;
                m.WholeMeasure = leadWhole;
            }

            continuing[next.Index] = prev.Index;
        }

        return continuing;
    }

    /// <summary>
    /// "China was also the largest source of imports (20.4%). It was followed by Germany (8.4%), the United States (8.0%) …":
    /// a lone bare percentage alone in brackets, in a sentence that names a subject and the flow it is of, leads the list of
    /// named shares (each in brackets after its name) that the next sentence opens with: it is a share of that flow, and
    /// so are theirs. Without such a list after it, the bracket may hold anything (a rate, a change), and it stays unread.
    /// </summary>
    private static FigureMention? NamedFlowLead(SentenceFacts prev, SentenceFacts next)
    {
        var percents = prev.Mentions.Where(m => m.Token.Unit is NumberUnit.Percent or NumberUnit.Times or NumberUnit.Points).ToList();
        if (percents is not [{ PercentRole: PercentRole.None, Direction: null, Earlier: false, EarlierStated: false, OtherMeasure: false, InParentheses: true } lead]
            || lead.Measure is not (Measure.Exports or Measure.Imports or Measure.Turnover)
            || lead.Subject.Count == 0 || !prev.Text.AsSpan(0, lead.Token.Start).TrimEnd().EndsWith("(")
            || !prev.Text.AsSpan(lead.Token.End).TrimStart().StartsWith(")"))
        {
            return null;
        }

        var listed = next.Mentions.Where(m => m.Token.Unit is NumberUnit.Percent or NumberUnit.Times or NumberUnit.Points).ToList();
        if (listed.Count < 2 || listed.Any(m => !m.ShareByList || m.WholeMeasure != Measure.None || (m.Measure != Measure.None && m.Measure != lead.Measure)))
        {
            return null;
        }

        lead.PercentRole = PercentRole.Share;
        lead.WholeMeasure = lead.Measure;
        return lead;
    }

    private static bool HasRates(SentenceFacts s) => s.Mentions.Any(m => m.Token.Unit is NumberUnit.Percent or NumberUnit.Times or NumberUnit.Points);

    /// <summary>"$2.1 billion (16.9%)": a bare percentage (no role but a list share's, no direction or earlier period)
    /// alone in brackets right after an amount.</summary>
    private static bool IsBareBracketShare(FigureMention m, SentenceFacts s)
    {
        // A percentage already read as a share that names no whole ("Freedonia with $3.0 billion (15.0%), Lilliput with
        // $2.0 billion (10.0%)") names no whole of its own either.
        bool bareRole = m.PercentRole == PercentRole.None || (m.PercentRole == PercentRole.Share && m.WholeMeasure == Measure.None && m.PartMeasure == Measure.None);
        if (m.Token.Unit != NumberUnit.Percent || !bareRole || m.Direction is not null || m.Earlier || m.EarlierStated
            || m.OtherMeasure || !m.InParentheses)
        {
            return false;
        }

        int i = s.Mentions.IndexOf(m);
        if (i < 1 || !s.Mentions[i - 1].IsValue || s.Mentions[i - 1].Figure is null || s.Mentions[i - 1].Role == Role.Change || s.Mentions[i - 1].Earlier)
        {
            return false;
        }

        var v = s.Mentions[i - 1];
        int end = m.Token.End;
        return s.Text[v.Token.End..m.Token.Start].Trim() == "(" && end < s.Text.Length && s.Text[end..].TrimStart().StartsWith(')');
    }

    /// <summary>The shares of a sentence that continues the list of the sentence before: each its own share claim (where
    /// its part is known, or it stands alone), and, unless the list runs on further, one uncertain share set of the whole
    /// list. Returns the list so far.</summary>
    private static List<FigureMention> JoinListAcrossSentences(List<FigureMention> carried, List<FigureMention> shares, SentenceFacts sentence,
        List<SentenceFacts> all, List<Claim> claims, bool runsOn)
    {
        if (shares.Count == 1)
        {
            claims.Add(ShareClaim(shares[0], sentence, all) with { Sentence = sentence.Text.Trim(), Offset = sentence.Offset + shares[0].Token.Start });
        }

        var joined = carried.Concat(shares).ToList();
        if (!runsOn)
        {
            claims.Add(Claim.ShareSet([.. joined.Select(s => PublishedNumber.Create(s.Token.Value, s.Token.Decimals))], ListIsComplete(sentence))
                with { Sentence = sentence.Text.Trim(), Offset = sentence.Offset + shares[0].Token.Start, IsCertain = false });
        }

        return joined;
    }
}
