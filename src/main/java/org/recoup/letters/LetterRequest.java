package org.recoup.letters;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.recoup.domain.Money;

/**
 * Everything one letter needs, as plain data (the service layer fills it from the database).
 *
 * @param letterId     the caller's identifier of this letter (printed nowhere; names its file and reports)
 * @param template     which letter
 * @param language     en, zh or en+zh; null: the recipient's preferred language
 * @param paper        A4 or Letter; null: by the recipient's country (US: Letter, else A4)
 * @param letterhead   the agency's letterhead
 * @param recipient    the debtor
 * @param debt         the debt
 * @param dates        the dates the letter states
 * @param itemization  the validation notice's itemization (that template only)
 * @param plan         the agreed instalments (plan confirmation only; empty otherwise)
 * @param payTo        where to pay (may be null)
 * @param settlement   for a paid-in-full letter: the agreed reduced amount when the debt was settled
 *                     rather than paid in full (null: paid in full)
 * @param wording      the user's text blocks replacing default ones, by key {@code "en.NAME"} or
 *                     {@code "zh.NAME"} (see {@link Wording}); empty for the defaults
 */
public record LetterRequest(String letterId, TemplateId template, LetterLanguage language, Paper paper,
        Letterhead letterhead, Recipient recipient, DebtFacts debt, LetterDates dates, Itemization itemization,
        List<Instalment> plan, PaymentAccount payTo, Money settlement, Map<String, String> wording) {

    public LetterRequest {
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(debt, "debt");
        Objects.requireNonNull(dates, "dates");
        plan = plan == null ? List.of() : List.copyOf(plan);
        wording = wording == null ? Map.of() : Map.copyOf(wording);
    }

    /** The language the letter is written in: the one asked for, else the debtor's preferred one. */
    public LetterLanguage effectiveLanguage() {
        return language != null ? language : LetterLanguage.of(recipient.preferred());
    }

    /** The paper: the one asked for, else by the recipient's country. */
    public Paper effectivePaper() {
        return paper != null ? paper : Paper.forCountry(recipient.country());
    }

    public static Builder builder(String letterId, TemplateId template) {
        return new Builder(letterId, template);
    }

    public Builder toBuilder() {
        Builder b = new Builder(letterId, template);
        b.language = language;
        b.paper = paper;
        b.letterhead = letterhead;
        b.recipient = recipient;
        b.debt = debt;
        b.dates = dates;
        b.itemization = itemization;
        b.plan = plan;
        b.payTo = payTo;
        b.settlement = settlement;
        b.wording = wording;
        return b;
    }

    /** Builds a request step by step. */
    public static final class Builder {
        private String letterId;
        private TemplateId template;
        private LetterLanguage language;
        private Paper paper;
        private Letterhead letterhead;
        private Recipient recipient;
        private DebtFacts debt;
        private LetterDates dates;
        private Itemization itemization;
        private List<Instalment> plan = List.of();
        private PaymentAccount payTo;
        private Money settlement;
        private Map<String, String> wording = Map.of();

        private Builder(String letterId, TemplateId template) {
            this.letterId = letterId;
            this.template = template;
        }

        public Builder letterId(String v) { letterId = v; return this; }
        public Builder template(TemplateId v) { template = v; return this; }
        public Builder language(LetterLanguage v) { language = v; return this; }
        public Builder paper(Paper v) { paper = v; return this; }
        public Builder letterhead(Letterhead v) { letterhead = v; return this; }
        public Builder recipient(Recipient v) { recipient = v; return this; }
        public Builder debt(DebtFacts v) { debt = v; return this; }
        public Builder dates(LetterDates v) { dates = v; return this; }
        public Builder itemization(Itemization v) { itemization = v; return this; }
        public Builder plan(List<Instalment> v) { plan = v; return this; }
        public Builder payTo(PaymentAccount v) { payTo = v; return this; }
        public Builder settlement(Money v) { settlement = v; return this; }
        public Builder wording(Map<String, String> v) { wording = v; return this; }

        public LetterRequest build() {
            return new LetterRequest(letterId, template, language, paper, letterhead, recipient, debt, dates,
                    itemization, plan, payTo, settlement, wording);
        }
    }
}
