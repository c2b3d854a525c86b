package org.recoup.service.work;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.recoup.domain.Channel;
import org.recoup.domain.Contact;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Direction;
import org.recoup.domain.LetterKind;
import org.recoup.domain.StepAnchor;
import org.recoup.domain.StrategyAction;

/**
 * Collection strategies without a database: the default ladder of each jurisdiction, and a debt's
 * next step from its ladder and its history.
 */
public final class Ladders {

    private Ladders() {
    }

    /** The default ladder for a client in {@code country} (ISO code: US, CN, GB; others get a generic one). */
    public static List<StepView> defaults(String country) {
        String c = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
        return switch (c) {
            case "US" -> List.of(StepView.letter(0, LetterTemplates.VALIDATION_NOTICE), StepView.at(3, StrategyAction.CALL),
                    StepView.letter(10, LetterTemplates.DEMAND), StepView.letter(30, LetterTemplates.FINAL_NOTICE),
                    StepView.at(45, StrategyAction.LEGAL_REVIEW));
            case "CN" -> List.of(StepView.at(0, StrategyAction.SMS), StepView.at(1, StrategyAction.CALL),
                    StepView.letter(7, LetterTemplates.CN_DEMAND), StepView.letter(30, LetterTemplates.FINAL_NOTICE),
                    StepView.at(45, StrategyAction.LEGAL_REVIEW));
            case "GB", "UK" -> List.of(StepView.letter(0, LetterTemplates.DEMAND), StepView.at(3, StrategyAction.CALL),
                    StepView.letter(14, LetterTemplates.UK_DEFAULT_NOTICE), StepView.letter(30, LetterTemplates.FINAL_NOTICE),
                    StepView.at(45, StrategyAction.LEGAL_REVIEW));
            default -> List.of(StepView.at(0, StrategyAction.SMS), StepView.at(3, StrategyAction.CALL),
                    StepView.letter(10, LetterTemplates.DEMAND), StepView.letter(30, LetterTemplates.FINAL_NOTICE),
                    StepView.at(45, StrategyAction.LEGAL_REVIEW));
        };
    }

    /** A step that is next for a debt, and the day it falls due (in the debtor's home zone). */
    public record DueStep(int index, StepView step, LocalDate due) {
    }

    /**
     * The debt's next step: walking the ladder in order, a step is done by an outbound contact
     * about the debt on its channel (a letter of its kind), made after the previous step was done
     * (the first step: after placement); a LEGAL_REVIEW is done once the debt is LEGAL. The first
     * step not done is next, due {@code days} after placement or after the previous step was done.
     * Empty when every step is done.
     *
     * @param contacts the debtor's contacts, any order
     */
    public static Optional<DueStep> next(List<StepView> ladder, Debt debt, ZoneId home, List<Contact> contacts) {
        Instant previousDone = debt.getPlacedAt();
        LocalDate placed = debt.getPlacedAt().atZone(home).toLocalDate();
        for (int i = 0; i < ladder.size(); i++) {
            StepView step = ladder.get(i);
            LocalDate anchor = step.anchor() == StepAnchor.PLACEMENT ? placed : previousDone.atZone(home).toLocalDate();
            LocalDate due = anchor.plusDays(step.days());
            Instant done = doneAt(step, debt, contacts, previousDone);
            if (done == null) {
                return Optional.of(new DueStep(i, step, due));
            }
            previousDone = done;
        }
        return Optional.empty();
    }

    private static Instant doneAt(StepView step, Debt debt, List<Contact> contacts, Instant after) {
        if (step.action() == StrategyAction.LEGAL_REVIEW) {
            return debt.getStatus() == DebtStatus.LEGAL ? after : null;
        }
        Channel channel = channel(step.action());
        LetterKind kind = step.letterTemplate() == null ? null : LetterTemplates.kind(step.letterTemplate());
        Instant first = null;
        for (Contact c : contacts) {
            if (c.getChannel() != channel || c.getDirection() != Direction.OUTBOUND || c.getAt().isBefore(after)) {
                continue;
            }
            if (!c.concerns(debt.getId())) {
                continue;
            }
            if (channel == Channel.LETTER && kind != null && c.getLetterKind() != null && c.getLetterKind() != kind) {
                continue;
            }
            if (first == null || c.getAt().isBefore(first)) {
                first = c.getAt();
            }
        }
        return first;
    }

    /** The contact channel of a step; null for a legal review, which is no contact. */
    public static Channel channel(StrategyAction action) {
        return switch (action) {
            case CALL -> Channel.CALL;
            case SMS -> Channel.SMS;
            case EMAIL -> Channel.EMAIL;
            case LETTER -> Channel.LETTER;
            case VISIT -> Channel.VISIT;
            case LEGAL_REVIEW -> null;
        };
    }
}
