package org.recoup.service.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.recoup.domain.AuditEntry;
import org.recoup.domain.Channel;
import org.recoup.domain.Client;
import org.recoup.domain.Contact;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Debtor;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Direction;
import org.recoup.domain.Frequency;
import org.recoup.domain.Language;
import org.recoup.domain.LetterKind;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Location;
import org.recoup.domain.Money;
import org.recoup.domain.Party;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.PhoneType;
import org.recoup.domain.PlanKind;
import org.recoup.domain.PlanStatus;
import org.recoup.domain.Product;
import org.recoup.domain.Promise;
import org.recoup.domain.RepaymentPlan;
import org.recoup.domain.SearchText;
import org.recoup.money.PlanTerms;
import org.recoup.money.ScheduledInstalment;
import org.recoup.money.Schedules;
import org.recoup.store.BulkWriter;

/**
 * A realistic synthetic portfolio, the same for the same seed and as-of date: US debtors in several
 * states and zones (Arizona included), Chinese and British debtors, debts in USD, CNY and GBP
 * with plausible amounts and dates, and some contact history. Each debtor is first planned in
 * memory, then written, so that its list projection goes in with it.
 */
final class DemoPortfolio {

    /** The demo's clients, one per market. */
    record DemoClients(long usBank, long usCreditUnion, long cnLender, long ukTelecom) {
    }

    private static final String DEMO = "demo portfolio";
    private static final String[] PREFIXES = {"NWB-", "HCU-", "HX-", "ALB-"};

    private final Random random;
    /** A stream of its own for the daily work (events, promises, follow-ups), so the rest stays as it was. */
    private final Random daily;
    /** A stream of its own for the promises made before the as-of day, kept and broken. */
    private final Random promises;
    /** A stream of its own for the repayment plans of debts in PLAN and their instalments' payments. */
    private final Random plans;
    private final LocalDate asOf;
    private final DemoClients clients;
    private final long[] referenceCounters = new long[4];

    /** The most debts one debtor gets, which spaces the reference numbers of successive batches. */
    static final int MAX_DEBTS_PER_DEBTOR = 3;

    /**
     * The generator of batch {@code batch} of a portfolio: its own random stream and its own range
     * of reference numbers, so that batches can be written in any order, on any thread, and still
     * give the same portfolio.
     */
    DemoPortfolio(long seed, int batch, int batchSize, LocalDate asOf, DemoClients clients, long[] referenceOffsets) {
        this.random = new Random(seed * 0x9E3779B97F4A7C15L + batch);
        this.daily = new Random((seed * 0x9E3779B97F4A7C15L + batch) ^ 0x5DEECE66DL ^ 0xDA11L);
        this.promises = new Random((seed * 0x9E3779B97F4A7C15L + batch) ^ 0x5DEECE66DL ^ 0x9A1DL);
        this.plans = new Random((seed * 0x9E3779B97F4A7C15L + batch) ^ 0x5DEECE66DL ^ 0x91A5L);
        this.asOf = asOf;
        this.clients = clients;
        for (int i = 0; i < 4; i++) {
            referenceCounters[i] = referenceOffsets[i] + (long) batch * batchSize * MAX_DEBTS_PER_DEBTOR;
        }
    }

    /** Plans and writes one debtor with everything that belongs to it; returns the number of debts. */
    int writeDebtor(BulkWriter writer) {
        PlannedDebtor plan = plan();
        long[] ids = writer.debtor(plan.debtor, plan.summary());
        long debtorId = ids[0];
        long addressId = ids[1];
        long phoneId = ids[2];
        for (PlannedDebt d : plan.debts) {
            Debt debt = new Debt(clientId(d.clientIndex), debtorId, d.reference, d.product, plan.currency, d.placedAt);
            debt.setOriginalCreditor(d.originalCreditor);
            debt.setDates(d.origination, d.delinquency, d.chargeOff, d.lastPayment, d.itemization);
            AuditEntry placedAs = d.status == DebtStatus.NEW ? null : debt.placeIn(d.status, DEMO, d.statusAt);
            long debtId = writer.debt(debt);
            if (placedAs != null) {
                writer.audit(placedAs, debtId);
            }
            String c = plan.currency;
            writer.ledger(LedgerEntry.placement(debtId, d.placedDay, d.placedAt, Money.of(d.principal, c),
                    Money.of(d.interest, c), Money.of(d.fees, c)).withMemo("placement"));
            for (PlannedPayment p : d.payments) {
                writer.ledger(new LedgerEntry(debtId, LedgerEntryType.PAYMENT, p.day, p.at, Money.of(p.principal.negate(), c),
                        Money.of(p.interest.negate(), c), Money.of(p.fees.negate(), c), Money.zero(c))
                        .withPayment(p.method, p.reference));
            }
            if (d.plan != null) {
                writePlan(writer, d.plan, debtId);
            }
            if (d.writeOff != null) {
                PlannedPayment w = d.writeOff;
                writer.ledger(new LedgerEntry(debtId, LedgerEntryType.WRITE_OFF, w.day, w.at, Money.of(w.principal.negate(), c),
                        Money.of(w.interest.negate(), c), Money.of(w.fees.negate(), c), Money.zero(c))
                        .withMemo("settlement discount"));
            }
            Map<PlannedContact, Long> contactIds = new IdentityHashMap<>();
            for (PlannedContact k : d.contacts) {
                Contact contact = new Contact(debtorId, k.at, k.channel, k.direction, Party.DEBTOR,
                        k.channel == Channel.LETTER ? addressId : phoneId, k.outcome, k.notes, Set.of(debtId), k.at);
                if (k.letterKind != null) {
                    contact.asLetter(k.letterKind, null);
                }
                contactIds.put(k, writer.contact(contact));
            }
            for (PlannedPromise k : d.promises) {
                Promise promise = new Promise(debtorId, debtId, Money.of(k.amount, c), k.due, k.call.at,
                        contactIds.get(k.call));
                if (k.kept) {
                    promise.kept(k.decidedAt);
                } else {
                    promise.broken(k.decidedAt, null);
                }
                writer.promise(promise);
            }
            dailyWork(writer, plan, d, debtorId, debtId, phoneId);
        }
        if (daily.nextInt(50) == 0) {
            writer.inconvenientTime(new org.recoup.domain.InconvenientTime(debtorId, LocalTime.of(12, 0),
                    LocalTime.of(13, 30), EnumSet.noneOf(java.time.DayOfWeek.class), createdAt(plan)));
        }
        return plan.debts.size();
    }

    private static void writePlan(BulkWriter writer, PlannedPlan p, long debtId) {
        RepaymentPlan plan = new RepaymentPlan(debtId, PlanKind.INSTALMENT, p.total, null, p.count, Frequency.MONTHLY,
                p.start, true, p.agreedAt, p.agreedOn);
        for (ScheduledInstalment instalment : p.schedule) {
            plan.addInstalment(instalment.number(), instalment.due(), instalment.amount());
        }
        long planId = writer.plan(plan);
        writer.audit(new AuditEntry(p.agreedAt, AuditEntry.Subject.PLAN, planId, "PLAN_AGREED", null,
                PlanStatus.ACTIVE.name(), "instalment plan " + planId + " agreed: " + p.total + ", " + p.count
                        + " monthly from " + p.start), planId);
    }

    /**
     * The daily work of a debt: the events behind a DISPUTED or CEASED status, and for some working
     * debts an open promise to pay (made in a call a week or two before it falls due, around the
     * as-of day) or a follow-up call scheduled around the as-of day.
     */
    private void dailyWork(BulkWriter writer, PlannedDebtor plan, PlannedDebt d, long debtorId, long debtId, long phoneId) {
        Instant recorded = asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (d.status == DebtStatus.DISPUTED) {
            writer.event(org.recoup.domain.ComplianceEvent.dispute(debtorId, d.statusAt, Set.of(debtId),
                    daily.nextBoolean(), "disputed in a call", later(d.statusAt, recorded)));
        } else if (d.status == DebtStatus.CEASED) {
            writer.event(org.recoup.domain.ComplianceEvent.of(debtorId, org.recoup.domain.ComplianceEventType.CEASE,
                    d.statusAt, Set.of(), "asked us to stop contacting him", later(d.statusAt, recorded)));
        }
        if (d.status != DebtStatus.ACTIVE) {
            return;
        }
        int roll = daily.nextInt(100);
        if (roll < 8) {
            LocalDate due = asOf.plusDays(daily.nextInt(9) - 5);
            Instant promisedAt = atLocal(plan.zone, due.minusDays(8 + daily.nextInt(7)), 10 + daily.nextInt(7));
            if (promisedAt.isBefore(d.placedAt) || !promisedAt.isBefore(recorded)) {
                return;
            }
            int scale = Money.scaleOf(plan.currency);
            BigDecimal amount = d.owed().multiply(BigDecimal.valueOf(10 + daily.nextInt(30), 2))
                    .setScale(scale, RoundingMode.DOWN);
            if (amount.signum() <= 0) {
                return;
            }
            long contactId = writer.contact(new Contact(debtorId, promisedAt, Channel.CALL, Direction.OUTBOUND,
                    Party.DEBTOR, phoneId, ContactOutcome.PROMISE_TO_PAY, "promised to pay " + amount, Set.of(debtId),
                    promisedAt));
            writer.promise(new Promise(debtorId, debtId, Money.of(amount, plan.currency), due,
                    promisedAt, contactId));
        } else if (roll < 14) {
            Instant at = atLocal(plan.zone, asOf.plusDays(daily.nextInt(3) - 1), 9 + daily.nextInt(9));
            writer.scheduled(new org.recoup.domain.ScheduledAction(debtorId, Channel.CALL, at, Party.DEBTOR, phoneId,
                    null, Set.of(debtId), null, daily.nextBoolean() ? org.recoup.domain.ActionPurpose.MANUAL
                    : org.recoup.domain.ActionPurpose.CALLBACK, "follow up on the last call", at.minusSeconds(86_400 * 3L)));
        } else if (roll < 15) {
            writer.event(org.recoup.domain.ComplianceEvent.optOut(debtorId, d.statusAt, Channel.SMS, null,
                    "replied STOP", later(d.statusAt, recorded)));
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private Instant createdAt(PlannedDebtor plan) {
        return plan.debtor.getCreatedAt();
    }

    private long clientId(int index) {
        return switch (index) {
            case 0 -> clients.usBank();
            case 1 -> clients.usCreditUnion();
            case 2 -> clients.cnLender();
            default -> clients.ukTelecom();
        };
    }

    private record PlannedDebtor(Debtor debtor, String currency, ZoneId zone, List<PlannedDebt> debts) {
        BulkWriter.Summary summary() {
            Set<DebtStatus> statuses = EnumSet.noneOf(DebtStatus.class);
            BigDecimal balance = BigDecimal.ZERO;
            Instant lastContact = null;
            for (PlannedDebt d : debts) {
                statuses.add(d.status);
                if (d.status.countsInBalance()) {
                    balance = balance.add(d.owed());
                }
                for (PlannedContact k : d.contacts) {
                    if (lastContact == null || k.at.isAfter(lastContact)) {
                        lastContact = k.at;
                    }
                }
            }
            return new BulkWriter.Summary(balance, currency, DebtStatus.headline(statuses), lastContact);
        }
    }

    private record PlannedPayment(LocalDate day, Instant at, BigDecimal fees, BigDecimal interest, BigDecimal principal,
                                  PaymentMethod method, String reference) {
        BigDecimal total() {
            return fees.add(interest).add(principal);
        }
    }

    private record PlannedContact(Instant at, Channel channel, Direction direction, ContactOutcome outcome, String notes,
                                  LetterKind letterKind) {
        PlannedContact(Instant at, Channel channel, Direction direction, ContactOutcome outcome, String notes) {
            this(at, channel, direction, outcome, notes, null);
        }
    }

    /** A promise to pay made in a call before the as-of day, and whether it was kept (paid) or broken. */
    private record PlannedPromise(PlannedContact call, BigDecimal amount, LocalDate due, boolean kept, Instant decidedAt) {
    }

    /** An active instalment plan and its schedule. */
    private record PlannedPlan(Money total, int count, LocalDate start, Instant agreedAt, LocalDate agreedOn,
                               List<ScheduledInstalment> schedule) {
    }

    private static final class PlannedDebt {
        int clientIndex;
        String reference;
        String originalCreditor;
        Product product;
        Instant placedAt;
        LocalDate placedDay;
        LocalDate origination;
        LocalDate delinquency;
        LocalDate chargeOff;
        LocalDate lastPayment;
        LocalDate itemization;
        DebtStatus status;
        Instant statusAt;
        BigDecimal principal;
        BigDecimal interest;
        BigDecimal fees;
        final List<PlannedPayment> payments = new ArrayList<>();
        PlannedPayment writeOff;
        final List<PlannedContact> contacts = new ArrayList<>();
        final List<PlannedPromise> promises = new ArrayList<>();
        PlannedPlan plan;

        BigDecimal owed() {
            BigDecimal owed = principal.add(interest).add(fees);
            for (PlannedPayment p : payments) {
                owed = owed.subtract(p.total());
            }
            return writeOff == null ? owed : owed.subtract(writeOff.total());
        }
    }

    private PlannedDebtor plan() {
        int market = pick(new int[] {55, 30, 15});
        PlannedDebtor person = switch (market) {
            case 0 -> usPerson();
            case 1 -> cnPerson();
            default -> ukPerson();
        };
        int debts = pick(new int[] {75, 20, 5}) + 1;
        assert debts <= MAX_DEBTS_PER_DEBTOR;
        for (int i = 0; i < debts; i++) {
            person.debts.add(planDebt(person, market));
        }
        return person;
    }

    /** "Ann Lee", sometimes "Ann M. Lee". */
    private String westernName(String first, String last) {
        return random.nextInt(10) < 4 ? first + " " + (char) ('A' + random.nextInt(26)) + ". " + last : first + " " + last;
    }

    private PlannedDebtor usPerson() {
        DemoNames.UsPlace place = oneOf(DemoNames.US_PLACES);
        String first = oneOf(DemoNames.FIRST);
        String last = oneOf(DemoNames.LAST);
        Debtor debtor = new Debtor(DebtorKind.PERSON, westernName(first, last), null, Language.EN, createdAt());
        String zip = place.zip3() + digits(random.nextInt(100), 2);
        debtor.addLocation(Location.address((100 + random.nextInt(9800)) + " " + oneOf(DemoNames.US_STREETS),
                place.city(), place.state(), zip, "US", place.zone(), false));
        String phone = "+1" + oneOf(place.areaCodes()) + "555" + digits(random.nextInt(10000), 4);
        debtor.addLocation(Location.phone(phone, random.nextInt(10) < 8 ? PhoneType.MOBILE : PhoneType.HOME,
                place.zone(), false));
        if (random.nextInt(3) == 0) {
            debtor.addLocation(Location.email(emailOf(first, last), false, place.zone(), false));
        }
        return new PlannedDebtor(debtor, "USD", ZoneId.of(place.zone()), new ArrayList<>());
    }

    private PlannedDebtor cnPerson() {
        String[] surname = oneOf(DemoNames.CN_SURNAMES);
        String[] given1 = oneOf(DemoNames.CN_GIVEN);
        boolean twoChars = random.nextBoolean();
        String[] given2 = twoChars ? oneOf(DemoNames.CN_GIVEN) : null;
        String nativeName = surname[0] + given1[0] + (twoChars ? given2[0] : "");
        String name = surname[1] + " " + given1[1] + (twoChars ? given2[1].toLowerCase(java.util.Locale.ROOT) : "");
        Debtor debtor = new Debtor(DebtorKind.PERSON, name, nativeName, Language.ZH, createdAt());
        DemoNames.CnPlace place = oneOf(DemoNames.CN_PLACES);
        debtor.addLocation(Location.address(place.district() + oneOf(DemoNames.CN_ROADS) + (1 + random.nextInt(300)) + "号",
                place.city(), place.region(), place.postal(), "CN", "Asia/Shanghai", false));
        String mobile = "+861" + (3 + random.nextInt(7)) + random.nextInt(10) + digits(random.nextInt(100_000_000), 8);
        debtor.addLocation(Location.phone(mobile, PhoneType.MOBILE, "Asia/Shanghai", false));
        return new PlannedDebtor(debtor, "CNY", ZoneId.of("Asia/Shanghai"), new ArrayList<>());
    }

    private PlannedDebtor ukPerson() {
        String first = oneOf(DemoNames.FIRST);
        String last = oneOf(DemoNames.LAST);
        Debtor debtor = new Debtor(DebtorKind.PERSON, westernName(first, last), null, Language.EN, createdAt());
        DemoNames.UkPlace place = oneOf(DemoNames.UK_PLACES);
        String postcode = place.postcodeDistrict() + " " + (1 + random.nextInt(9))
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        debtor.addLocation(Location.address((1 + random.nextInt(200)) + " " + oneOf(DemoNames.UK_STREETS),
                place.town(), place.county(), postcode, "GB", "Europe/London", false));
        String phone = random.nextBoolean()
                ? "+447700900" + digits(random.nextInt(1000), 3)
                : "+44207946" + digits(random.nextInt(1000), 4);
        debtor.addLocation(Location.phone(phone, phone.startsWith("+447") ? PhoneType.MOBILE : PhoneType.HOME,
                "Europe/London", false));
        if (random.nextInt(4) == 0) {
            debtor.addLocation(Location.email(emailOf(first, last), false, "Europe/London", false));
        }
        return new PlannedDebtor(debtor, "GBP", ZoneId.of("Europe/London"), new ArrayList<>());
    }

    private String emailOf(String first, String last) {
        String local = SearchText.normalize(first + "." + last).replace(' ', '.').replace("'", "");
        return local + random.nextInt(1000) + "@example." + oneOf(List.of("com", "org", "net"));
    }

    private PlannedDebt planDebt(PlannedDebtor person, int market) {
        PlannedDebt d = new PlannedDebt();
        d.clientIndex = market == 0 ? random.nextInt(2) : market + 1;
        d.reference = PREFIXES[d.clientIndex] + digits(++referenceCounters[d.clientIndex], 7);
        d.product = oneOf(List.of(Product.values()));
        d.placedAt = atLocal(person.zone, asOf.minusDays(random.nextInt(400)), 9 + random.nextInt(8));
        d.placedDay = d.placedAt.atZone(person.zone).toLocalDate();
        d.delinquency = d.placedDay.minusDays(60 + random.nextInt(700));
        d.origination = d.delinquency.minusDays(120 + random.nextInt(1500));
        d.chargeOff = d.product == Product.CREDIT_CARD ? d.delinquency.plusDays(180) : null;
        if (d.chargeOff != null && d.chargeOff.isAfter(d.placedDay)) {
            d.chargeOff = d.placedDay.minusDays(1);
        }
        d.lastPayment = random.nextInt(3) == 0 ? null : d.delinquency.minusDays(random.nextInt(60));
        if (d.lastPayment != null && d.lastPayment.isBefore(d.origination)) {
            d.lastPayment = d.origination;
        }
        d.itemization = d.chargeOff != null ? d.chargeOff
                : d.delinquency.plusDays(30).isAfter(d.placedDay) ? d.placedDay : d.delinquency.plusDays(30);
        d.originalCreditor = oneOf(market == 0 ? DemoNames.ORIGINAL_CREDITORS_US
                : market == 1 ? DemoNames.ORIGINAL_CREDITORS_CN : DemoNames.ORIGINAL_CREDITORS_UK);

        d.status = pickStatus();
        if (!d.placedDay.plusDays(3).isBefore(asOf)) {
            d.status = DebtStatus.NEW;
        }
        LocalDate statusDay = d.placedDay.plusDays(3 + random.nextInt(30));
        if (!statusDay.isBefore(asOf)) {
            statusDay = asOf.minusDays(1);
        }
        d.statusAt = atLocal(person.zone, statusDay, 11 + random.nextInt(6));

        int scale = Money.scaleOf(person.currency);
        BigDecimal unit = market == 1 ? BigDecimal.valueOf(7) : BigDecimal.ONE;
        d.principal = BigDecimal.valueOf(200 * Math.exp(random.nextDouble() * Math.log(75)))
                .multiply(unit).setScale(scale, RoundingMode.HALF_EVEN);
        d.interest = d.principal.multiply(BigDecimal.valueOf(random.nextInt(16), 2)).setScale(scale, RoundingMode.HALF_EVEN);
        d.fees = BigDecimal.valueOf(35L * random.nextInt(3)).multiply(unit).setScale(scale, RoundingMode.HALF_EVEN);

        if (d.status != DebtStatus.NEW) {
            planHistory(d, person, market, statusDay, scale);
            planPromises(d, person.zone, scale);
        }
        return d;
    }

    /**
     * Promises to pay in the half year before the as-of day: most payments of that time were
     * promised in a call a week or so before, and those promises were kept; some working debts
     * have a promise that fell due with nothing paid, broken once the client's grace days passed.
     */
    private void planPromises(PlannedDebt d, ZoneId zone, int scale) {
        LocalDate since = asOf.minusDays(180);
        // a plan's instalments are promised by the plan, not call by call
        for (PlannedPayment payment : d.plan == null ? d.payments : List.<PlannedPayment>of()) {
            if (payment.day.isBefore(since) || promises.nextInt(100) >= 70 || payment.total().signum() <= 0) {
                continue;
            }
            Instant promisedAt = atLocal(zone, payment.day.minusDays(4 + promises.nextInt(9)), 10 + promises.nextInt(7));
            if (promisedAt.isAfter(d.placedAt)) {
                d.promises.add(new PlannedPromise(promiseCall(d, promisedAt, payment.total()), payment.total(),
                        payment.day, true, payment.at));
            }
        }
        if (d.status == DebtStatus.ACTIVE && promises.nextInt(100) < 6) {
            LocalDate due = asOf.minusDays(Client.DEFAULT_GRACE_DAYS + 2 + promises.nextInt(60));
            Instant promisedAt = atLocal(zone, due.minusDays(5 + promises.nextInt(9)), 10 + promises.nextInt(7));
            BigDecimal amount = d.owed().multiply(BigDecimal.valueOf(10 + promises.nextInt(30), 2))
                    .setScale(scale, RoundingMode.DOWN);
            if (promisedAt.isAfter(d.placedAt) && amount.signum() > 0) {
                d.promises.add(new PlannedPromise(promiseCall(d, promisedAt, amount), amount, due, false,
                        atLocal(zone, due.plusDays(Client.DEFAULT_GRACE_DAYS + 1), 6)));
            }
        }
    }

    private static PlannedContact promiseCall(PlannedDebt d, Instant at, BigDecimal amount) {
        PlannedContact call = new PlannedContact(at, Channel.CALL, Direction.OUTBOUND, ContactOutcome.PROMISE_TO_PAY,
                "promised to pay " + amount.toPlainString());
        d.contacts.add(call);
        return call;
    }

    private void planHistory(PlannedDebt d, PlannedDebtor person, int market, LocalDate statusDay, int scale) {
        int calls = random.nextInt(3);
        LocalDate day = d.placedDay.plusDays(1);
        for (int i = 0; i < calls && day.isBefore(statusDay); i++) {
            ContactOutcome outcome = oneOf(List.of(ContactOutcome.NO_ANSWER, ContactOutcome.NO_ANSWER,
                    ContactOutcome.VOICEMAIL, ContactOutcome.CONVERSATION, ContactOutcome.BUSY));
            d.contacts.add(new PlannedContact(atLocal(person.zone, day, 9 + random.nextInt(10)), Channel.CALL,
                    Direction.OUTBOUND, outcome, null));
            day = day.plusDays(2 + random.nextInt(9));
        }
        Instant letterAt = atLocal(person.zone, d.placedDay.plusDays(1), 10);
        if (random.nextBoolean() && letterAt.isBefore(asOf.atStartOfDay(ZoneOffset.UTC).toInstant())) {
            d.contacts.add(new PlannedContact(letterAt, Channel.LETTER, Direction.OUTBOUND, null,
                    market == 1 ? "催收函" : market == 0 ? "Validation notice" : "Letter before action",
                    market == 0 ? LetterKind.VALIDATION_NOTICE : LetterKind.DEMAND));
        }
        ContactOutcome decisive = switch (d.status) {
            case PLAN -> ContactOutcome.PROMISE_TO_PAY;
            case DISPUTED -> ContactOutcome.DISPUTE;
            case CEASED -> ContactOutcome.CEASE_REQUEST;
            default -> null;
        };
        if (decisive != null) {
            d.contacts.add(new PlannedContact(d.statusAt, Channel.CALL, Direction.INBOUND, decisive, null));
        }
        LocalDate paidOn = d.statusAt.atZone(person.zone).toLocalDate();
        BigDecimal owed = d.principal.add(d.interest).add(d.fees);
        if (d.status == DebtStatus.PAID) {
            d.payments.add(payment(person.currency, paidOn, d.statusAt, d.fees, d.interest, d.principal));
        } else if (d.status == DebtStatus.SETTLED) {
            BigDecimal settled = owed.multiply(BigDecimal.valueOf(60 + random.nextInt(25), 2)).setScale(scale, RoundingMode.DOWN);
            BigDecimal[] split = allocate(settled, d.fees, d.interest, d.principal);
            d.payments.add(payment(person.currency, paidOn, d.statusAt, split[0], split[1], split[2]));
            d.writeOff = new PlannedPayment(paidOn, d.statusAt, d.fees.subtract(split[0]), d.interest.subtract(split[1]),
                    d.principal.subtract(split[2]), null, null);
        } else if (d.status == DebtStatus.PLAN) {
            planRepayment(d, person, paidOn, owed);
        }
    }

    /**
     * The instalment plan of a debt in PLAN, agreed in the call that put it there: monthly, long
     * enough to be still running on the as-of day, and every instalment due before that day paid
     * on its day (split fees, interest, principal, as the ledger allocates).
     */
    private void planRepayment(PlannedDebt d, PlannedDebtor person, LocalDate agreedOn, BigDecimal owed) {
        int monthsRun = (int) ChronoUnit.MONTHS.between(agreedOn, asOf);
        int count = monthsRun + 2 + plans.nextInt(10);
        LocalDate start = agreedOn.plusDays(plans.nextInt(15));
        Money total = Money.of(owed, person.currency);
        List<ScheduledInstalment> schedule = Schedules.build(new PlanTerms(total, null, count, Frequency.MONTHLY, start));
        d.plan = new PlannedPlan(total, count, start, d.statusAt, agreedOn, schedule);
        BigDecimal fees = d.fees;
        BigDecimal interest = d.interest;
        BigDecimal principal = d.principal;
        for (ScheduledInstalment instalment : schedule) {
            if (!instalment.due().isBefore(asOf)) {
                break;
            }
            BigDecimal[] split = allocate(instalment.amount().amount(), fees, interest, principal);
            fees = fees.subtract(split[0]);
            interest = interest.subtract(split[1]);
            principal = principal.subtract(split[2]);
            Instant paidAt = atLocal(person.zone, instalment.due(), 9 + plans.nextInt(10));
            if (paidAt.isBefore(d.statusAt)) {
                // due on the day of the call: paid in it, once the plan was agreed
                paidAt = d.statusAt.plusSeconds(300);
            }
            d.payments.add(payment(plans, person.currency, instalment.due(), paidAt, split[0], split[1], split[2]));
        }
    }

    /** Splits a payment fees → interest → principal. */
    private static BigDecimal[] allocate(BigDecimal amount, BigDecimal fees, BigDecimal interest, BigDecimal principal) {
        BigDecimal toFees = amount.min(fees);
        BigDecimal rest = amount.subtract(toFees);
        BigDecimal toInterest = rest.min(interest);
        rest = rest.subtract(toInterest);
        return new BigDecimal[] {toFees, toInterest, rest.min(principal)};
    }

    private PlannedPayment payment(String currency, LocalDate on, Instant at, BigDecimal fees, BigDecimal interest,
                                   BigDecimal principal) {
        return payment(random, currency, on, at, fees, interest, principal);
    }

    /** A payment by one of the ways people pay in the debtor's country. */
    private static PlannedPayment payment(Random stream, String currency, LocalDate on, Instant at, BigDecimal fees,
                                          BigDecimal interest, BigDecimal principal) {
        List<PaymentMethod> methods = switch (currency) {
            case "CNY" -> List.of(PaymentMethod.ALIPAY, PaymentMethod.WECHAT_PAY, PaymentMethod.BANK_TRANSFER,
                    PaymentMethod.CARD);
            case "GBP" -> List.of(PaymentMethod.BANK_TRANSFER, PaymentMethod.CARD, PaymentMethod.CARD, PaymentMethod.CHEQUE);
            default -> List.of(PaymentMethod.CARD, PaymentMethod.BANK_TRANSFER, PaymentMethod.CHEQUE, PaymentMethod.CASH,
                    PaymentMethod.OTHER);
        };
        return new PlannedPayment(on, at, fees, interest, principal, methods.get(stream.nextInt(methods.size())),
                "P" + (100000 + stream.nextInt(900000)));
    }

    private DebtStatus pickStatus() {
        DebtStatus[] order = {DebtStatus.NEW, DebtStatus.ACTIVE, DebtStatus.PLAN, DebtStatus.DISPUTED, DebtStatus.CEASED,
                DebtStatus.LEGAL, DebtStatus.PAID, DebtStatus.SETTLED, DebtStatus.CLOSED, DebtStatus.RECALLED};
        return order[pick(new int[] {15, 50, 10, 5, 3, 4, 8, 3, 1, 1})];
    }

    private Instant createdAt() {
        return asOf.minusDays(400 + random.nextInt(30)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant atLocal(ZoneId zone, LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }

    /** {@code value} written with at least {@code width} digits, zeros in front (String.format is slow here). */
    private static String digits(long value, int width) {
        String text = Long.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }

    private <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index chosen with the given weights. */
    private int pick(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
