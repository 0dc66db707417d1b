using TradeDomain.Aggregation;
using TradeDomain.Utility;

namespace TradeDomain.Reporting;

/// <summary>
/// What a statement is about: a reporter's turnover, exports or imports, with a partner country, a partner group or the
/// world; or the mutual trade of a group's members. Named as releases name it: "Kazakhstan’s trade turnover with the SCO
/// countries" / "товарооборот Казахстана со странами ШОС", "mutual trade between the SCO countries" / "взаимная
/// торговля стран ШОС".
/// </summary>
/// <remarks>Built only by the factories, which accept <see cref="TradeMeasure.Turnover"/>, <see cref="TradeMeasure.Exports"/>
/// and <see cref="TradeMeasure.Imports"/>.</remarks>
public sealed record TradeSubject
{
    private TradeSubject(Country reporter, Country partner, CountryGroup? group, bool mutual, TradeMeasure measure)
    {
        Reporter = reporter;
        Partner = partner;
        PartnerGroup = group;
        IsMutualTrade = mutual;
        Measure = measure;
    }

    /// <summary>The reporter (default for a group's mutual trade).</summary>
    public Country Reporter { get; }

    /// <summary>The partner country, or default.</summary>
    public Country Partner { get; }

    /// <summary>The partner group, or the group whose mutual trade this is; <c>null</c> otherwise.</summary>
    public CountryGroup? PartnerGroup { get; }

    /// <summary>Whether this is the mutual trade of <see cref="PartnerGroup"/>'s members.</summary>
    public bool IsMutualTrade { get; }

    /// <summary>Turnover, exports or imports.</summary>
    public TradeMeasure Measure { get; }

    /// <summary>Whether a partner (country or group) is named.</summary>
    public bool HasPartner => !Partner.IsDefault || (PartnerGroup is not null && !IsMutualTrade);

    /// <summary>A reporter's trade with the world: "Kazakhstan’s trade turnover".</summary>
    /// <exception cref="ArgumentException">Default reporter, or a measure other than turnover, exports or imports.</exception>
    public static TradeSubject Of(Country reporter, TradeMeasure measure = TradeMeasure.Turnover) =>
        new(CheckReporter(reporter), default, null, false, CheckMeasure(measure));

    /// <summary>A reporter's trade with one partner: "Kazakhstan’s exports to China".</summary>
    /// <exception cref="ArgumentException">Default reporter or partner, the same country twice, or an unsupported measure.</exception>
    public static TradeSubject With(Country reporter, Country partner, TradeMeasure measure = TradeMeasure.Turnover)
    {
        CheckReporter(reporter);
        Preconditions.CheckArgument(!partner.IsDefault, nameof(partner), "The partner is default(Country); give a country.");
        Preconditions.CheckArgument(partner != reporter, nameof(partner), $"The partner {partner.Alpha2} is the reporter itself.");
        return new(reporter, partner, null, false, CheckMeasure(measure));
    }

    /// <summary>A reporter's trade with a group: "Kazakhstan’s trade turnover with the SCO countries".</summary>
    /// <exception cref="ArgumentException">Default reporter or an unsupported measure.</exception>
    public static TradeSubject WithGroup(Country reporter, CountryGroup partners, TradeMeasure measure = TradeMeasure.Turnover) =>
        new(CheckReporter(reporter), default, Preconditions.CheckNotNull(partners), false, CheckMeasure(measure));

    /// <summary>The mutual trade of a group's members: "mutual trade between the SCO countries".</summary>
    public static TradeSubject Mutual(CountryGroup group) => new(default, default, Preconditions.CheckNotNull(group), true, TradeMeasure.Turnover);

    /// <summary>The subject of an aggregate row: its reporter and, when the partner is a country, that partner.</summary>
    /// <exception cref="ArgumentException">The key has no reporter, or an unsupported measure.</exception>
    public static TradeSubject FromKey(GroupKey key, TradeMeasure measure = TradeMeasure.Turnover) =>
        key.Partner.IsCountry && key.Partner.Country != key.Reporter
            ? With(key.Reporter, key.Partner.Country, measure)
            : Of(key.Reporter, measure);

    /// <summary>The same reporter and partner with another measure.</summary>
    public TradeSubject WithMeasure(TradeMeasure measure) => new(Reporter, Partner, PartnerGroup, IsMutualTrade, IsMutualTrade ? TradeMeasure.Turnover : CheckMeasure(measure));

    /// <summary>The same reporter without its partner (the whole a partner's share is of).</summary>
    public TradeSubject WithoutPartner() => IsMutualTrade ? this : new(Reporter, default, null, false, Measure);

    /// <summary>The English phrase (for logs and tests; statements use the writer's language).</summary>
    public override string ToString() => Phrase(Wording.For(ReportLanguage.English), part: false, prepositional: false).Text;

    private static Country CheckReporter(Country reporter)
    {
        Preconditions.CheckArgument(!reporter.IsDefault, nameof(reporter), "The reporter is default(Country); give a country.");
        return reporter;
    }

    private static TradeMeasure CheckMeasure(TradeMeasure measure)
    {
        Preconditions.CheckArgument(measure is TradeMeasure.Turnover or TradeMeasure.Exports or TradeMeasure.Imports, nameof(measure),
            $"A statement's subject is turnover, exports or imports, not {measure}.");
        return measure;
    }

    internal static string MeasureKey(TradeMeasure measure) => measure switch
    {
        TradeMeasure.Exports => "exports",
        TradeMeasure.Imports => "imports",
        _ => "turnover",
    };

    /// <summary>The subject's phrase and grammatical gender ("товарооборот …", m). <paramref name="part"/> names a partner's
    /// part of the whole ("Kazakhstan’s trade with China" / "торговля Казахстана с Китаем"); <paramref name="prepositional"/>
    /// asks for the Russian prepositional ("в товарообороте Казахстана").</summary>
    internal (string Text, string Gender) Phrase(Wording w, bool part, bool prepositional)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string key;
        if (IsMutualTrade)
        {
            key = "subject.mutual";
            values["group"] = w.GroupName(PartnerGroup!);
            values["group_gen"] = w.GroupName(PartnerGroup!, NameCase.Genitive);
        }
        else
        {
            key = (part ? "subject.part." : "subject.") + MeasureKey(Measure);
            var reporterName = w.CountryName(Reporter);
            values["reporter_possessive"] = w.IsRussian ? "" : w.Possessive(reporterName);
            values["reporter_gen"] = w.CountryName(Reporter, NameCase.Genitive);
            values["partner_with"] = PartnerPhrase(w, "partner.with", NameCase.With);
            values["partner_to"] = PartnerPhrase(w, "partner.to", NameCase.To);
            values["partner_from"] = PartnerPhrase(w, "partner.from", NameCase.From);
        }

        var template = (prepositional ? w.TryText(key + ".prep") : null) ?? w.Text(key);
        return (w.Fill(template, values), w.TryText(key + ".gender") ?? "n");
    }

    /// <summary>The reporter's trade with its partner, for statements that name turnover, exports and imports right
    /// before their figures: "Kazakhstan’s trade with China" / "(во внешней торговле) Казахстана с Китаем".</summary>
    internal string TradePhrase(Wording w)
    {
        Preconditions.CheckArgument(!IsMutualTrade, "subject", "Turnover and balance statements are written for a reporter, not for a group's mutual trade.");
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["reporter_possessive"] = w.IsRussian ? "" : w.Possessive(w.CountryName(Reporter)),
            ["reporter_gen"] = w.CountryName(Reporter, NameCase.Genitive),
            ["partner_with"] = PartnerPhrase(w, "partner.with", NameCase.With),
        };
        return w.FillKey("subject.trade", values);
    }

    internal string PartnerPhrase(Wording w, string key, NameCase form)
    {
        if (!HasPartner)
        {
            return "";
        }

        var partner = PartnerGroup is { } g ? w.GroupName(g, form) : w.CountryName(Partner, form);
        var english = PartnerGroup is { } g2 ? w.GroupName(g2) : w.CountryName(Partner);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["partner"] = english,
            ["partner_with"] = partner,
            ["partner_to"] = partner,
            ["partner_from"] = partner,
        };

        // Fill collapses the leading space the template keeps between the subject and the partner; restore it.
        return " " + w.Fill(w.Text(key), values);
    }
}
