package org.recoup.letters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.recoup.domain.Language;
import org.recoup.domain.Money;

/**
 * Turns a request into the blocks of its letter: which blocks each template has, in what order,
 * with the words of its text blocks (the user's or the defaults) and the values in place. In an
 * en+zh letter the English text comes first, then the Chinese, then one signature.
 */
final class LetterComposer {

    private LetterComposer() {
    }

    static ComposedLetter compose(LetterRequest r) {
        requireData(r);
        LetterLanguage language = r.effectiveLanguage();
        List<Language> sections = language.sections();
        Language first = sections.get(0);
        List<Block> blocks = new ArrayList<>(48);
        Map<Language, Map<String, String>> values = new HashMap<>();
        for (Language l : sections) {
            values.put(l, values(r, l));
        }
        int secondSection = Integer.MAX_VALUE;
        for (int i = 0; i < sections.size(); i++) {
            if (i > 0) {
                secondSection = blocks.size();
                blocks.add(new Block("DIVIDER", null, null));
            }
            new Section(r, sections, sections.get(i), i == 0, values, blocks).compose();
        }
        StringBuilder closing = new StringBuilder();
        for (Language l : sections) {
            String text = text(r, l, "closing", values.get(l));
            if (!text.isEmpty()) {
                closing.append(closing.length() > 0 ? "    " : "").append(text);
            }
        }
        blocks.add(new Block("SIGNATURE", text(r, first, "signature.name", values.get(first)),
                text(r, first, "signature.detail", values.get(first)), closing.toString()));
        int tailStart = blocks.size();
        new Section(r, sections, first, true, values, blocks).tail();

        Letterhead head = r.letterhead();
        String agencyName = switch (language) {
            case EN -> head.name();
            case ZH -> blank(head.nativeName()) ? head.name() : head.nativeName();
            case EN_ZH -> blank(head.nativeName()) ? head.name() : head.name() + "  " + head.nativeName();
        };
        Map<String, String> firstValues = values.get(first);
        List<String> contact = new ArrayList<>();
        if (!blank(head.licence())) {
            contact.add(text(r, first, "label.licence", firstValues) + " " + head.licence());
        }
        if (!blank(head.phone())) {
            contact.add(text(r, first, "label.phone", firstValues) + " " + head.phone());
        }
        if (!blank(head.email())) {
            contact.add(text(r, first, "label.email", firstValues) + " " + head.email());
        }
        Recipient to = r.recipient();
        StringBuilder recipient = new StringBuilder();
        recipient.append(switch (language) {
            case EN -> to.name();
            case ZH -> to.nameIn(Language.ZH);
            case EN_ZH -> blank(to.nativeName()) ? to.name() : to.name() + "  " + to.nativeName();
        });
        to.address().forEach(line -> recipient.append('\n').append(line));

        StringBuilder reference = new StringBuilder();
        referenceLine(reference, r, sections, "label.date", l -> LetterFormats.date(r.dates().letterDate(), l), values);
        referenceLine(reference, r, sections, "label.reference", l -> r.debt().reference(), values);
        referenceLine(reference, r, sections, "label.client", l -> r.debt().clientName(), values);
        if (!blank(r.debt().clientReference())) {
            referenceLine(reference, r, sections, "label.clientRef", l -> r.debt().clientReference(), values);
        }
        String footer = agencyName + (blank(head.licence()) ? ""
                : "  ·  " + text(r, first, "label.licence", firstValues) + " " + head.licence());
        return new ComposedLetter(r, Wording.clean(agencyName), Wording.clean(String.join(", ", head.address())),
                Wording.clean(String.join("  ·  ", contact)), head.logo(), Wording.clean(recipient.toString()),
                reference.toString(), Wording.clean(footer), blocks, Math.min(secondSection, blocks.size()), tailStart);
    }

    private static void referenceLine(StringBuilder out, LetterRequest r, List<Language> sections, String label,
            java.util.function.Function<Language, String> value, Map<Language, Map<String, String>> values) {
        StringBuilder labels = new StringBuilder();
        StringBuilder texts = new StringBuilder();
        for (Language l : sections) {
            String v = Wording.clean(value.apply(l));
            labels.append(labels.length() > 0 ? " " : "").append(text(r, l, label, values.get(l)));
            if (texts.indexOf(v) < 0) {
                texts.append(texts.length() > 0 ? " / " : "").append(v);
            }
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(labels).append(": ").append(texts);
    }

    private static void requireData(LetterRequest r) {
        LetterDates d = r.dates();
        switch (r.template()) {
            case VALIDATION_NOTICE -> {
                need(r.itemization() != null, r, "an itemization");
                need(d.validationEndDate() != null, r, "the validation end date");
            }
            case DEMAND, FINAL_NOTICE, CN_DEMAND -> need(d.payBy() != null, r, "a pay-by date");
            case PLAN_CONFIRMATION -> need(!r.plan().isEmpty(), r, "the plan's instalments");
            case PAID_IN_FULL -> need(d.paidDate() != null, r, "the date it was paid or settled");
            case UK_DEFAULT_NOTICE -> {
                need(d.remedyDate() != null, r, "the remedy date");
                need(r.debt().arrears() != null, r, "the arrears to pay");
            }
        }
    }

    private static void need(boolean present, LetterRequest r, String what) {
        if (!present) {
            throw new LetterException("letter " + r.letterId() + " (" + r.template() + ") needs " + what);
        }
    }

    static String text(LetterRequest r, Language l, String block, Map<String, String> values) {
        return Wording.fill(Wording.block(r.template(), l, block, r.wording()), values).strip();
    }

    /** The value of every placeholder for one letter in one language ("" where the letter has none). */
    static Map<String, String> values(LetterRequest r, Language l) {
        Map<String, String> v = new HashMap<>(64);
        Recipient to = r.recipient();
        Letterhead head = r.letterhead();
        DebtFacts debt = r.debt();
        LetterDates d = r.dates();
        v.put("debtor.name", to.nameIn(l));
        v.put("debtor.nativeName", blank(to.nativeName()) ? to.name() : to.nativeName());
        v.put("debtor.latinName", to.name());
        v.put("debtor.address", String.join(", ", to.address()));
        v.put("debt.reference", debt.reference());
        v.put("debt.clientReference", nz(debt.clientReference()));
        v.put("debt.balance", LetterFormats.money(debt.balance(), l));
        v.put("debt.currency", LetterFormats.currency(debt.currency(), l));
        v.put("debt.arrears", LetterFormats.money(debt.arrears(), l));
        v.put("debt.originalCreditor", blank(debt.originalCreditor()) ? debt.clientName() : debt.originalCreditor());
        v.put("client.name", debt.clientName());
        v.put("agency.name", l == Language.ZH && !blank(head.nativeName()) ? head.nativeName() : head.name());
        v.put("agency.address", String.join(", ", head.address()));
        v.put("agency.phone", nz(head.phone()));
        v.put("agency.email", nz(head.email()));
        v.put("agency.licence", nz(head.licence()));
        v.put("agency.signatory", blank(head.signatory()) ? head.name() : head.signatory());
        v.put("agency.signatoryTitle", nz(head.signatoryTitle()));
        v.put("letter.date", LetterFormats.date(d.letterDate(), l));
        v.put("letter.payBy", LetterFormats.date(d.payBy(), l));
        v.put("validation.endDate", LetterFormats.date(d.validationEndDate(), l));
        v.put("itemization.date", r.itemization() == null ? "" : LetterFormats.date(r.itemization().itemizationDate(), l));
        v.put("remedy.date", LetterFormats.date(d.remedyDate(), l));
        v.put("paid.date", LetterFormats.date(d.paidDate(), l));
        v.put("settlement.amount", LetterFormats.money(r.settlement(), l));
        List<Instalment> plan = r.plan();
        StringBuilder schedule = new StringBuilder();
        Money total = plan.isEmpty() ? null : Money.zero(plan.get(0).amount().currency());
        for (int i = 0; i < plan.size(); i++) {
            Instalment inst = plan.get(i);
            schedule.append(i > 0 ? "\n" : "").append(i + 1).append(".  ").append(LetterFormats.date(inst.due(), l))
                    .append("  ").append(LetterFormats.money(inst.amount(), l));
            total = total.plus(inst.amount());
        }
        v.put("plan.schedule", schedule.toString());
        v.put("plan.count", Integer.toString(plan.size()));
        v.put("plan.total", LetterFormats.money(total, l));
        v.put("plan.firstDate", plan.isEmpty() ? "" : LetterFormats.date(plan.get(0).due(), l));
        v.put("plan.firstAmount", plan.isEmpty() ? "" : LetterFormats.money(plan.get(0).amount(), l));
        PaymentAccount pay = r.payTo();
        v.put("payment.reference", pay == null || blank(pay.reference()) ? debt.reference() : pay.reference());
        v.put("payment.account", pay == null ? "" : String.join(", ",
                nz(pay.accountName()), nz(pay.bank()), nz(pay.accountNumber())));
        v.replaceAll((k, value) -> Wording.clean(value));
        return v;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The blocks of one language section of a letter. */
    private static final class Section {
        private final LetterRequest r;
        private final List<Language> languages;
        private final Language l;
        private final boolean primary;
        private final Map<Language, Map<String, String>> all;
        private final Map<String, String> values;
        private final List<Block> out;

        /**
         * @param primary whether this is the first section: tables (fields, itemization, schedule)
         *                appear once, there, with labels in every language of the letter
         */
        Section(LetterRequest r, List<Language> languages, Language l, boolean primary,
                Map<Language, Map<String, String>> values, List<Block> out) {
            this.r = r;
            this.languages = languages;
            this.l = l;
            this.primary = primary;
            this.all = values;
            this.values = values.get(l);
            this.out = out;
        }

        private boolean bilingual() {
            return languages.size() > 1;
        }

        /** The part after the signature: the validation notice's tear-off response form. */
        void tail() {
            if (r.template() != TemplateId.VALIDATION_NOTICE) {
                return;
            }
            both("CUT", "cut", "  ·  ");
            both("HEADING", "respond.heading", "  ");
            item("FIELD", "respond.mailTo", values.get("agency.name") + ", " + values.get("agency.address"));
            item("FIELD", "label.reference", values.get("debt.reference"));
            item("FIELD", "respond.name", values.get("debtor.name"));
            both("PARA", "respond.checkAll", "  ");
            both("PARA", "respond.dispute", "  ");
            both("CHECK", "respond.notMine", "  ");
            both("CHECK", "respond.wrongAmount", "  ");
            both("CHECK", "respond.other", "\n");
            both("CHECK", "respond.creditor", "\n");
            both("CHECK", "respond.enclosed", "\n");
        }

        /** A block in every language of the letter, joined. */
        private void both(String kind, String name, String separator) {
            StringBuilder text = new StringBuilder();
            for (Language language : languages) {
                String t = text(r, language, name, all.get(language));
                if (!t.isEmpty()) {
                    text.append(text.length() > 0 ? separator : "").append(t);
                }
            }
            if (text.length() > 0) {
                out.add(new Block(kind, text.toString(), null));
            }
        }

        void compose() {
            switch (r.template()) {
                case VALIDATION_NOTICE -> validationNotice();
                case DEMAND -> demand(false);
                case FINAL_NOTICE -> demand(true);
                case PLAN_CONFIRMATION -> planConfirmation();
                case PAID_IN_FULL -> paidInFull();
                case CN_DEMAND -> cnDemand();
                case UK_DEFAULT_NOTICE -> ukDefaultNotice();
            }
        }

        private void validationNotice() {
            Itemization it = r.itemization();
            block("TITLE", "title");
            block("PARA", "intro");
            block("HEADING", "info.heading");
            block("PARA", "info.account");
            item("ITEM", "item.asOf", LetterFormats.money(it.amountOnItemizationDate(), l));
            item("ITEM", "item.between", "");
            item("ITEM", "item.interest", "+ " + LetterFormats.money(it.interest(), l));
            item("ITEM", "item.fees", "+ " + LetterFormats.money(it.fees(), l));
            item("ITEM", "item.payments", "- " + LetterFormats.money(it.paymentsAndCredits(), l));
            item("TOTAL", "item.total", LetterFormats.money(it.totalNow(), l));
            block("HEADING", "dispute.heading");
            block("PARA", "dispute.call");
            block("PARA", "dispute.write");
            block("HEADING", "else.heading");
            block("PARA", "else.creditor");
            block("PARA", "else.cfpb");
            block("PARA", "else.options");
        }

        private void demand(boolean finalNotice) {
            block("TITLE", "title");
            block("PARA", "salutation");
            block("PARA", "intro");
            debtFields(true);
            block("SPACE", null);
            if (finalNotice) {
                block("PARA", "warning");
            }
            block("PARA", "demand");
            paymentFields();
            block("PARA", "help");
        }

        private void planConfirmation() {
            block("TITLE", "title");
            block("PARA", "salutation");
            block("PARA", "intro");
            item("FIELD", "label.balance", values.get("debt.balance"));
            if (primary) {
                block("HEADING", "schedule.heading");
            }
            List<Instalment> plan = r.plan();
            for (int i = 0; primary && i < plan.size(); i++) {
                Instalment inst = plan.get(i);
                out.add(new Block("ITEM", (i + 1) + ".   " + date(inst.due()), LetterFormats.money(inst.amount(), l)));
            }
            item("TOTAL", "label.planTotal", values.get("plan.total"));
            block("SPACE", null);
            block("PARA", "keep");
            paymentFields();
            block("PARA", "help");
        }

        private void paidInFull() {
            boolean settled = r.settlement() != null;
            block("TITLE", settled ? "title.settled" : "title");
            block("PARA", "salutation");
            block("PARA", settled ? "settled" : "paid");
            if (settled) {
                item("FIELD", "label.settlement", values.get("settlement.amount"));
            }
            item("FIELD", "label.paidDate", date(r.dates().paidDate()));
            block("SPACE", null);
            block("PARA", "closed");
            block("PARA", "keep");
        }

        private void cnDemand() {
            block(l == Language.ZH ? "CTITLE" : "TITLE", "title");
            block("PARA", "to");
            block("PARA", "intro");
            item("FIELD", "label.client", values.get("client.name"));
            item("FIELD", "label.balance", values.get("debt.balance")
                    + (l == Language.ZH ? "（" + values.get("debt.currency") + "）" : " (" + values.get("debt.currency") + ")"));
            item("FIELD", "label.payBy", date(r.dates().payBy()));
            block("SPACE", null);
            block("PARA", "body1");
            block("PARA", "body2");
            paymentFields();
            block("PARA", "body3");
            block("PARA", "contact");
        }

        private void ukDefaultNotice() {
            block("TITLE", "title");
            block("NOTE", "served");
            block("HEADING", "important");
            item("FIELD", "label.agreement", values.get("debt.clientReference"));
            item("FIELD", "label.creditor", values.get("client.name"));
            item("FIELD", "label.reference", values.get("debt.reference"));
            item("FIELD", "label.noticeDate", date(r.dates().letterDate()));
            block("HEADING", "breach.heading");
            block("PARA", "breach");
            block("HEADING", "action.heading");
            item("FIELD", "label.arrears", values.get("debt.arrears"));
            item("FIELD", "label.remedyDate", date(r.dates().remedyDate()));
            block("PARA", "action");
            block("PARA", "ifDone");
            block("HEADING", "ifNot.heading");
            block("PARA", "ifNot");
            block("PARA", "difficulty");
            block("PARA", "help");
            paymentFields();
            block("NOTE", "infoSheet");
        }

        /** The amount and the date asked for (reference, creditor and account are in the letter's header). */
        private void debtFields(boolean payBy) {
            item("FIELD", "label.balance", values.get("debt.balance"));
            if (payBy) {
                item("FIELD", "label.payBy", date(r.dates().payBy()));
            }
        }

        private void paymentFields() {
            PaymentAccount pay = r.payTo();
            if (pay == null || !primary) {
                return;
            }
            block("SPACE", null);
            item("FIELD", "label.accountName", Wording.clean(pay.accountName()));
            item("FIELD", "label.bank", Wording.clean(pay.bank()));
            item("FIELD", "label.accountNumber", Wording.clean(pay.accountNumber()));
            item("FIELD", "label.paymentRef", values.get("payment.reference"));
            block("SPACE", null);
        }

        private void block(String kind, String name) {
            if (!primary && ("TITLE".equals(kind) || "CTITLE".equals(kind))) {
                kind = "HEADING";
            }
            if (name == null) {
                if (!primary && "SPACE".equals(kind)) {
                    return;
                }
                out.add(new Block(kind, null, null));
                return;
            }
            String text = text(r, l, name, values);
            if (!text.isEmpty()) {
                out.add(new Block(kind, text, null));
            }
        }

        /** A labelled value (field, itemization line, total): in the first section only, labelled in every language. */
        private void item(String kind, String labelBlock, String value) {
            if (!primary) {
                return;
            }
            StringBuilder label = new StringBuilder();
            for (Language language : languages) {
                String t = text(r, language, labelBlock, all.get(language));
                if (!t.isEmpty() && label.indexOf(t) < 0) {
                    label.append(label.length() > 0 ? "  " : "").append(t);
                }
            }
            out.add(new Block(kind, label.toString(), value == null ? "" : value));
        }

        /** A date in the letter's languages, e.g. "7 December 2026 / 2026年12月7日". */
        private String date(java.time.LocalDate date) {
            StringBuilder text = new StringBuilder();
            for (Language language : languages) {
                text.append(text.length() > 0 ? " / " : "").append(LetterFormats.date(date, language));
            }
            return text.toString();
        }
    }
}
