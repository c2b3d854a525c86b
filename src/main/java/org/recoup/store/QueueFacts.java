package org.recoup.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.recoup.domain.Client;
import org.recoup.domain.ComplianceEvent;
import org.recoup.domain.Contact;
import org.recoup.domain.Debt;
import org.recoup.domain.Debtor;
import org.recoup.domain.InconvenientTime;
import org.recoup.domain.Location;
import org.recoup.domain.Promise;
import org.recoup.domain.ScheduledAction;
import org.recoup.domain.StrategyStep;
import org.recoup.domain.ThirdParty;

/**
 * What the work queue reads about every debtor still being worked, in a few set-based queries
 * (one per table) rather than one debtor at a time: a portfolio of 100,000 debtors loads in about
 * a second. Rows come back as entities, filled like Hibernate fills them, so that the one mapping
 * from stored facts to the compliance engine's context serves the queue too.
 */
public final class QueueFacts {


    private final StoreSession store;

    QueueFacts(StoreSession store) {
        this.store = store;
    }

    /** A payment not reversed: its debt, value date and amount. */
    public record Payment(long debtId, LocalDate valueDate, BigDecimal amount) {
    }

    /**
     * Everything loaded, by debtor id (debts, contacts, events, ...), by debt id (payments towards
     * open promises, last payments, broken plans) or by client id (strategies).
     *
     * @param brokenPlans       debts whose latest plan is BROKEN, with the day it broke
     * @param activePlanDebts   debts with an ACTIVE plan
     */
    public record Loaded(Map<Long, Debtor> debtors, Map<Long, List<Debt>> debts, Map<Long, List<Contact>> contacts,
                         Map<Long, List<ComplianceEvent>> events, Map<Long, List<ThirdParty>> thirdParties,
                         Map<Long, List<InconvenientTime>> inconvenientTimes, Map<Long, LocalDate> lastPayments,
                         Map<Long, List<Promise>> openPromises, Map<Long, List<Payment>> promisePayments,
                         Map<Long, List<ScheduledAction>> planned, Map<Long, LocalDate> brokenPlans,
                         Set<Long> activePlanDebts, Map<Long, Client> clients, Map<Long, List<StrategyStep>> strategies) {
    }

    /**
     * Loads the debtors with a debt still worked (NEW, ACTIVE, PLAN, DISPUTED, LEGAL), or only
     * {@code onlyDebtor} when it is not null, with their planned actions due before {@code plannedBefore}.
     */
    public Loaded load(Long onlyDebtor, Instant plannedBefore) {
        return load(onlyDebtor, plannedBefore, Part.ALL);
    }

    /**
     * Which tables to read: the people (debtors, locations, third parties, times, promises, planned
     * actions, clients, strategies) or the accounts (debts, contacts, events, payments, plans), so
     * that two transactions can read a large portfolio at once; {@link #merge} joins the halves.
     */
    public enum Part { ALL, PEOPLE, ACCOUNTS }

    /** One part of {@link #load(Long, Instant)}; the other part's maps are empty. */
    public Loaded load(Long onlyDebtor, Instant plannedBefore, Part part) {
        Loaded loaded = store.jdbc(connection -> new Load(connection, onlyDebtor, part).run(plannedBefore));
        return part == Part.ALL ? merge(loaded, loaded) : loaded;
    }

    /** Of the debtors, those with a debt still worked. */
    private static Map<Long, Debtor> worked(Map<Long, Debtor> debtors, Map<Long, List<Debt>> debts) {
        Map<Long, Debtor> worked = new HashMap<>(debtors.size() * 2);
        debtors.forEach((id, debtor) -> {
            List<Debt> list = debts.get(id);
            if (list != null && list.stream().anyMatch(d -> WORKED_STATUSES.contains(d.getStatus()))) {
                worked.put(id, debtor);
            }
        });
        return worked;
    }

    private static final Set<org.recoup.domain.DebtStatus> WORKED_STATUSES = java.util.EnumSet.of(
            org.recoup.domain.DebtStatus.NEW, org.recoup.domain.DebtStatus.ACTIVE, org.recoup.domain.DebtStatus.PLAN,
            org.recoup.domain.DebtStatus.DISPUTED, org.recoup.domain.DebtStatus.LEGAL);

    /** The two parts of a load joined. */
    public static Loaded merge(Loaded people, Loaded accounts) {
        return new Loaded(worked(people.debtors(), accounts.debts()), accounts.debts(), accounts.contacts(), accounts.events(),
                people.thirdParties(), people.inconvenientTimes(), accounts.lastPayments(), people.openPromises(),
                accounts.promisePayments(), people.planned(), accounts.brokenPlans(), accounts.activePlanDebts(),
                people.clients(), people.strategies());
    }

    private static final class Load {
        private final Connection connection;
        private final Long only;
        private final boolean people;
        private final boolean accounts;

        Load(Connection connection, Long only, Part part) {
            this.connection = connection;
            this.only = only;
            this.people = part != Part.ACCOUNTS;
            this.accounts = part != Part.PEOPLE;
        }

        Loaded run(Instant plannedBefore) throws SQLException {
            Map<Long, Debtor> debtors = new HashMap<>();
            for (Debtor d : !people ? List.<Debtor>of() : rows(Debtor.class, "SELECT id, name, native_name,"
                    + " packs_override, employer_prohibits_contact, consent_other_hours AS consent_to_other_hours,"
                    + " summary_balance, summary_currency FROM debtor" + where("id"))) {
                debtors.put(d.getId(), d);
            }
            Map<Long, List<Location>> locations = new HashMap<>(debtors.size() * 2);
            if (people) try (PreparedStatement ps = connection.prepareStatement("SELECT id, debtor_id, position, kind,"
                    + " city, region, postal_code, country, phone, phone_type, email, employer_provided, time_zone,"
                    + " zone_overridden FROM location" + where("debtor_id"))) {
                try (ResultSet rs = ps.executeQuery()) {
                    Hydrator<Location> hydrator = new Hydrator<>(Location.class, rs.getMetaData());
                    while (rs.next()) {
                        long debtorId = rs.getLong("debtor_id");
                        if (debtors.containsKey(debtorId)) {
                            locations.computeIfAbsent(debtorId, k -> new ArrayList<>(3)).add(hydrator.read(rs));
                        }
                    }
                }
            }
            locations.forEach((debtorId, list) -> {
                list.sort(java.util.Comparator.comparingInt(Location::getPosition));
                Debtor debtor = debtors.get(debtorId);
                list.forEach(debtor::addLocation);
            });
            Map<Long, List<Debt>> debts = !accounts ? new HashMap<>() : byKey(rows(Debt.class, "SELECT id, client_id, debtor_id, reference, product,"
                    + " currency, status, delinquency_date, last_payment_date, limitation_years, placed_at FROM debt"
                    + where("debtor_id")), Debt::getDebtorId);
            Map<Long, List<Contact>> contacts = !accounts ? new HashMap<>() : byKey(rows(Contact.class, "SELECT id, debtor_id, at, channel, direction,"
                    + " party, location_id, outcome, third_party_id, at_workplace, letter_kind, undeliverable,"
                    + " validation_end, has_opt_out, mentions_debt, debt_ids FROM contact"
                    + where("debtor_id")), Contact::getDebtorId);
            Map<Long, List<ComplianceEvent>> events = !accounts ? new HashMap<>() : byKey(rows(ComplianceEvent.class, "SELECT id, debtor_id, type, at,"
                    + " debt_ids, channel, location_id, third_party_id, written, window_from, window_to, recorded_at"
                    + " FROM compliance_event" + where("debtor_id")), ComplianceEvent::getDebtorId);
            Map<Long, List<ThirdParty>> thirdParties = !people ? new HashMap<>() : byKey(rows(ThirdParty.class, "SELECT id, debtor_id, name, relation,"
                    + " time_zone FROM third_party" + where("debtor_id")), ThirdParty::getDebtorId);
            Map<Long, List<InconvenientTime>> inconvenient = !people ? new HashMap<>() : byKey(rows(InconvenientTime.class, "SELECT id, debtor_id,"
                    + " from_time, to_time, days FROM inconvenient_time" + where("debtor_id")),
                    InconvenientTime::getDebtorId);
            Map<Long, List<Promise>> promises = !people ? new HashMap<>() : byKey(rows(Promise.class, "SELECT id, debtor_id, debt_id, currency,"
                    + " amount, due_date, promised_at, contact_id, status FROM promise WHERE status = 'OPEN'"
                    + and("debtor_id")), Promise::getDebtorId);
            Map<Long, List<ScheduledAction>> planned = !people ? new HashMap<>() : byKey(rows(ScheduledAction.class, "SELECT id, debtor_id, channel,"
                    + " at, party, location_id, third_party_id, debt_ids, letter_template, purpose, note, status,"
                    + " override_reason, created_at FROM scheduled_action WHERE status = 'PLANNED' AND at < ?"
                    + and("debtor_id"), plannedBefore), ScheduledAction::getDebtorId);

            Set<Long> debtIds = new HashSet<>();
            debts.values().forEach(list -> list.forEach(d -> debtIds.add(d.getId())));
            Map<Long, LocalDate> lastPayments = new HashMap<>();
            Map<Long, List<Payment>> promisePayments = new HashMap<>();
            Map<Long, LocalDate> brokenPlans = new HashMap<>();
            Set<Long> activePlans = new HashSet<>();
            if (accounts) {
                // a limitation period matters to the queue's actions only once the debtor said the debt is
                // statute-barred (UK-SB); the letters it proposes never threaten suit (US-TBD)
                Set<Long> barred = new HashSet<>();
                events.forEach((debtor, list) -> {
                    if (list.stream().anyMatch(e -> e.getType() == org.recoup.domain.ComplianceEventType.STATUTE_BARRED_CLAIMED)) {
                        debts.getOrDefault(debtor, List.of()).forEach(d -> barred.add(d.getId()));
                    }
                });
                if (!barred.isEmpty()) {
                    try (PreparedStatement ps = connection.prepareStatement("SELECT p.debt_id, MAX(p.value_date) FROM ledger_entry p"
                            + " WHERE p.type = 'PAYMENT' AND p.debt_id = ANY(?)"
                            + " AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = p.id) GROUP BY p.debt_id")) {
                        ps.setObject(1, barred.toArray(Long[]::new));
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                lastPayments.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                            }
                        }
                    }
                }
                // payments that may count towards an open promise: on its debt, from the day before it was made
                try (PreparedStatement ps = connection.prepareStatement("SELECT p.debt_id, p.value_date,"
                        + " p.credit - p.principal - p.interest - p.fees FROM ledger_entry p JOIN (SELECT debt_id,"
                        + " MIN(promised_at) AS since FROM promise WHERE status = 'OPEN'" + and("debtor_id")
                        + " GROUP BY debt_id) o ON o.debt_id = p.debt_id WHERE p.type = 'PAYMENT'"
                        + " AND p.value_date >= CAST(o.since AS DATE) - 1"
                        + " AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = p.id)");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Payment payment = new Payment(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3));
                        promisePayments.computeIfAbsent(payment.debtId(), k -> new ArrayList<>()).add(payment);
                    }
                }
                try (PreparedStatement ps = connection.prepareStatement("SELECT p.debt_id, p.status, p.ended_on FROM repayment_plan p"
                        + " WHERE p.status = 'ACTIVE' OR (p.status = 'BROKEN' AND NOT EXISTS (SELECT 1 FROM repayment_plan l"
                        + " WHERE l.debt_id = p.debt_id AND (l.agreed_at > p.agreed_at OR (l.agreed_at = p.agreed_at AND l.id > p.id))))");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long debt = rs.getLong(1);
                        if (!debtIds.contains(debt)) {
                            continue;
                        }
                        if ("ACTIVE".equals(rs.getString(2))) {
                            activePlans.add(debt);
                        } else {
                            brokenPlans.put(debt, rs.getObject(3, LocalDate.class));
                        }
                    }
                }
            }
            Map<Long, Client> clients = new HashMap<>();
            for (Client c : !people ? List.<Client>of() : rows(Client.class, "SELECT id, name, default_country, grace_days FROM client")) {
                clients.put(c.getId(), c);
            }
            Map<Long, List<StrategyStep>> strategies = !people ? new HashMap<>() : byKey(rows(StrategyStep.class, "SELECT id, client_id, position, days,"
                    + " anchor, action, letter_template FROM strategy_step"),
                    StrategyStep::getClientId);
            debts.values().forEach(list -> list.sort(java.util.Comparator.comparing(Debt::getPlacedAt)
                    .thenComparing(Debt::getId)));
            planned.values().forEach(list -> list.sort(java.util.Comparator.comparing(ScheduledAction::getAt)
                    .thenComparing(ScheduledAction::getId)));
            strategies.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(StrategyStep::getPosition)));
            return new Loaded(debtors, debts, contacts, events, thirdParties, inconvenient, lastPayments, promises,
                    promisePayments, planned, brokenPlans, activePlans, clients, strategies);
        }

        private String where(String column) {
            return only == null ? "" : " WHERE " + column + " = " + only;
        }

        private String and(String column) {
            return only == null ? "" : " AND " + column + " = " + only;
        }

        private <T> List<T> rows(Class<T> type, String sql, Object... parameters) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    Object p = parameters[i];
                    if (p instanceof Instant instant) {
                        Jdbc.setInstant(ps, i + 1, instant);
                    } else {
                        ps.setObject(i + 1, p);
                    }
                }
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    Hydrator<T> hydrator = new Hydrator<>(type, rs.getMetaData());
                    List<T> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(hydrator.read(rs));
                    }
                    return result;
                }
            }
        }

        /** Groups rows by a key (a debtor's id, a client's). */
        private <T> Map<Long, List<T>> byKey(List<T> rows, ToLongFunction<T> key) {
            Map<Long, List<T>> map = new HashMap<>();
            for (T row : rows) {
                map.computeIfAbsent(key.applyAsLong(row), x -> new ArrayList<>(4)).add(row);
            }
            return map;
        }
    }
}
