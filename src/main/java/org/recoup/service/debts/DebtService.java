package org.recoup.service.debts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.recoup.domain.AuditEntry;
import org.recoup.domain.Client;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.Money;
import org.recoup.domain.ValidationException;
import org.recoup.store.Database;
import org.recoup.store.StoreSession;

/** Keeping debts: placement, key dates, status with its audit trail. Each call is one transaction. */
public final class DebtService {

    private final Database database;
    private final Clock clock;

    public DebtService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Places a new debt: the debt and its placement ledger row, or nothing.
     *
     * @throws ValidationException naming the field at fault
     */
    public DebtView create(DebtForm form) {
        Instant now = Instant.now(clock);
        String currency = Money.currencyOf(form.currency()).getCurrencyCode();
        Money principal = amount(form.principal(), currency, "debt.principal");
        Money interest = amount(form.interest(), currency, "debt.interest");
        Money fees = amount(form.fees(), currency, "debt.fees");
        long id = database.write(s -> {
            requireClient(s, form.clientId());
            s.debtors().find(form.debtorId())
                    .orElseThrow(() -> new ValidationException("debt.debtor", "no debtor with id " + form.debtorId()));
            Debt debt = new Debt(form.clientId(), form.debtorId(), form.reference(), form.product(), currency, now);
            applyDetails(debt, form);
            s.debts().save(debt);
            LocalDate placed = now.atZone(java.time.ZoneOffset.UTC).toLocalDate();
            s.ledger().append(debt, LedgerEntry.placement(debt.getId(), placed, now, principal, interest, fees)
                    .withMemo("placement"));
            return debt.getId();
        });
        return view(id);
    }

    /** Saves the edited details of a debt (not its money, not its status). */
    public DebtView update(long id, long expectedVersion, DebtForm form) {
        database.write(s -> {
            Debt debt = find(s, id);
            if (debt.getVersion() != expectedVersion) {
                throw new ValidationException("debt", "was changed elsewhere since you opened it; close and reopen it");
            }
            debt.setReference(form.reference());
            debt.setProduct(form.product());
            applyDetails(debt, form);
            return s.debts().save(debt);
        });
        return view(id);
    }

    /**
     * Moves a debt to another status, recording when, from, to and why in the audit trail.
     *
     * @throws ValidationException when the move is not allowed or no reason is given
     */
    public DebtView changeStatus(long id, DebtStatus next, String reason) {
        database.write(s -> {
            Debt debt = find(s, id);
            AuditEntry entry = debt.moveTo(next, reason, Instant.now(clock));
            s.debts().save(debt);
            return s.audit().append(entry);
        });
        return view(id);
    }

    public DebtView view(long id) {
        return database.read(s -> {
            Debt debt = find(s, id);
            return toView(s, debt, clientNames(s));
        });
    }

    public List<DebtView> forDebtor(long debtorId) {
        return database.read(s -> {
            Map<Long, String> clients = clientNames(s);
            return s.debts().forDebtor(debtorId).stream().map(d -> toView(s, d, clients)).toList();
        });
    }

    /** The debt's status changes, oldest first. */
    public List<StatusChange> statusHistory(long id) {
        return database.read(s -> s.audit().about(AuditEntry.Subject.DEBT, id).stream()
                .filter(a -> Debt.STATUS_CHANGE.equals(a.getAction()))
                .map(a -> new StatusChange(a.getAt(), DebtStatus.valueOf(a.getFromValue()),
                        DebtStatus.valueOf(a.getToValue()), a.getReason()))
                .toList());
    }

    /** The status changes of all the debtor's debts, newest first, each with its debt's reference. */
    public List<DebtStatusChange> statusHistoryOfDebtor(long debtorId) {
        return database.read(s -> s.debts().forDebtor(debtorId).stream()
                .flatMap(d -> s.audit().about(AuditEntry.Subject.DEBT, d.getId()).stream()
                        .filter(a -> Debt.STATUS_CHANGE.equals(a.getAction()))
                        .map(a -> new DebtStatusChange(d.getId(), d.getReference(), new StatusChange(a.getAt(),
                                DebtStatus.valueOf(a.getFromValue()), DebtStatus.valueOf(a.getToValue()), a.getReason()))))
                .sorted(java.util.Comparator.comparing((DebtStatusChange c) -> c.change().at()).reversed())
                .toList());
    }

    /** A status change and the debt it belongs to. */
    public record DebtStatusChange(long debtId, String reference, StatusChange change) {
    }

    private static DebtView toView(StoreSession s, Debt d, Map<Long, String> clients) {
        return new DebtView(d.getId(), d.getVersion(), d.getClientId(), clients.get(d.getClientId()), d.getDebtorId(),
                d.getReference(), d.getOriginalCreditor(), d.getProduct(), d.getCurrency(), d.getStatus(),
                s.ledger().balance(d), d.getOriginationDate(), d.getDelinquencyDate(), d.getChargeOffDate(),
                d.getLastPaymentDate(), d.getItemizationDate(), d.getLimitationYears(), d.getPlacedAt());
    }

    private static Map<Long, String> clientNames(StoreSession s) {
        return s.clients().all().stream().collect(Collectors.toMap(Client::getId, Client::getName, (a, b) -> a));
    }

    private static void applyDetails(Debt debt, DebtForm form) {
        debt.setOriginalCreditor(form.originalCreditor());
        debt.setDates(form.originationDate(), form.delinquencyDate(), form.chargeOffDate(), form.lastPaymentDate(),
                form.itemizationDate());
        debt.setLimitationYears(form.limitationYears());
    }

    private static Debt find(StoreSession s, long id) {
        return s.debts().find(id).orElseThrow(() -> new ValidationException("debt", "no debt with id " + id));
    }

    private static void requireClient(StoreSession s, long clientId) {
        s.clients().find(clientId).orElseThrow(() -> new ValidationException("debt.client", "is required"));
    }

    /** A placement amount: blank is zero; a negative amount or too many decimals is refused. */
    static Money amount(String text, String currency, String field) {
        if (text == null || text.isBlank()) {
            return Money.zero(currency);
        }
        BigDecimal value = Money.parseAmount(text, field);
        if (value.signum() < 0) {
            throw new ValidationException(field, "cannot be negative");
        }
        try {
            return Money.of(value, currency);
        } catch (ValidationException e) {
            throw new ValidationException(field, e.reason());
        }
    }
}
