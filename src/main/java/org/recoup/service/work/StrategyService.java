package org.recoup.service.work;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.recoup.domain.Client;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.StrategyAction;
import org.recoup.domain.StrategyStep;
import org.recoup.domain.ValidationException;
import org.recoup.store.Database;
import org.recoup.store.StoreSession;

/**
 * Each client's collection strategy: the ladder stored for it, or its jurisdiction's default
 * until one is saved. The queue proposes a debt's next step when nothing more urgent is due.
 */
public final class StrategyService {

    private final Database database;
    private final Clock clock;

    StrategyService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A client, its ladder and whether it is the default of its jurisdiction. */
    public record ClientLadder(long clientId, String clientName, String country, boolean isDefault,
                               List<StepView> steps) {
    }

    /** Every client with its ladder, by name. */
    public List<ClientLadder> all() {
        return database.read(s -> s.clients().all().stream().map(c -> ladder(s, c)).toList());
    }

    public ClientLadder ladder(long clientId) {
        return database.read(s -> ladder(s, client(s, clientId)));
    }

    /** Saves the client's ladder, steps in order; at least one step (reset returns to the default). */
    public ClientLadder save(long clientId, List<StepView> steps) {
        List<StepView> checked = validate(steps);
        if (checked.isEmpty()) {
            throw new ValidationException("strategy.steps", "a strategy needs at least one step; reset it to use the default");
        }
        return database.write(s -> {
            Client client = client(s, clientId);
            List<StrategyStep> rows = new ArrayList<>();
            for (int i = 0; i < checked.size(); i++) {
                StepView v = checked.get(i);
                rows.add(new StrategyStep(clientId, i, v.days(), v.anchor(), v.action(), v.letterTemplate()));
            }
            s.strategies().replace(clientId, rows);
            return new ClientLadder(clientId, client.getName(), client.getDefaultCountry(), false, checked);
        });
    }

    /** Forgets the client's own ladder: it follows its jurisdiction's default again. */
    public ClientLadder reset(long clientId) {
        return database.write(s -> {
            Client client = client(s, clientId);
            s.strategies().replace(clientId, List.of());
            return ladder(s, client);
        });
    }

    /**
     * Refers debts for legal review (the last step of a ladder): each one not yet LEGAL moves to
     * LEGAL, with the reason in the audit trail. Returns how many moved.
     */
    public int referForLegalReview(Collection<Long> debtIds, String reason) {
        String why = reason == null || reason.isBlank() ? "collection strategy: referred for legal review" : reason;
        return database.write(s -> {
            int moved = 0;
            for (long id : debtIds) {
                Debt debt = s.debts().find(id).orElseThrow(() -> new ValidationException("debt", "no debt with id " + id));
                if (debt.getStatus() != DebtStatus.LEGAL && debt.getStatus().canMoveTo(DebtStatus.LEGAL)
                        && !debt.getStatus().isClosed()) {
                    s.audit().append(debt.moveTo(DebtStatus.LEGAL, why, Instant.now(clock)));
                    s.debts().save(debt);
                    moved++;
                }
            }
            return moved;
        });
    }

    static List<StepView> validate(List<StepView> steps) {
        List<StepView> checked = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepView v = steps.get(i);
            String field = "strategy.steps[" + (i + 1) + "]";
            if (v.action() == null || v.anchor() == null) {
                throw new ValidationException(field, "needs an action and what its days count from");
            }
            if (v.days() < 0 || v.days() > 3650) {
                throw new ValidationException(field + ".days", "must be between 0 and 3650");
            }
            String template = null;
            if (v.action() == StrategyAction.LETTER) {
                template = LetterTemplates.normalize(v.letterTemplate());
            }
            checked.add(new StepView(v.days(), v.anchor(), v.action(), template));
        }
        return checked;
    }

    private static Client client(StoreSession s, long clientId) {
        return s.clients().find(clientId).orElseThrow(() -> new ValidationException("client", "no client with id " + clientId));
    }

    private static ClientLadder ladder(StoreSession s, Client client) {
        List<StrategyStep> stored = s.strategies().forClient(client.getId());
        if (stored.isEmpty()) {
            return new ClientLadder(client.getId(), client.getName(), client.getDefaultCountry(), true,
                    Ladders.defaults(client.getDefaultCountry()));
        }
        return new ClientLadder(client.getId(), client.getName(), client.getDefaultCountry(), false, steps(stored));
    }

    static List<StepView> steps(List<StrategyStep> stored) {
        return stored.stream().map(st -> new StepView(st.getDays(), st.getAnchor(), st.getAction(), st.getLetterTemplate()))
                .toList();
    }
}
