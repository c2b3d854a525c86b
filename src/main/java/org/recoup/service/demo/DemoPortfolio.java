package org.recoup.service.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.recoup.domain.AuditEntry;
import org.recoup.domain.Channel;
import org.recoup.domain.Contact;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Debtor;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Direction;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.Location;
import org.recoup.domain.Money;
import org.recoup.domain.Party;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.PhoneType;
import org.recoup.domain.Product;
import org.recoup.store.BulkWriter;

/**
 * A realistic synthetic portfolio, the same for the same seed and as-of date: US debtors in several
 * states and zones (Arizona included), Chinese and British debtors, debts in USD, CNY and GBP
 * with plausible amounts and dates, and some contact history.
 */
final class DemoPortfolio {

    /** The demo's clients, one per market. */
    record DemoClients(long usBank, long usCreditUnion, long cnLender, long ukTelecom) {
    }

    private static final String DEMO = "demo portfolio";

    private final Random random;
    private final LocalDate asOf;
    private final DemoClients clients;
    private final long[] referenceCounters = new long[4];

    DemoPortfolio(long seed, LocalDate asOf, DemoClients clients, long[] referenceOffsets) {
        this.random = new Random(seed);
        this.asOf = asOf;
        this.clients = clients;
        System.arraycopy(referenceOffsets, 0, referenceCounters, 0, 4);
    }

    /** Writes one debtor with its locations, debts, ledger rows, contacts and audit lines; returns its debts. */
    int writeDebtor(BulkWriter writer) {
        int market = pick(new int[] {55, 30, 15});
        Person person = switch (market) {
            case 0 -> usPerson();
            case 1 -> cnPerson();
            default -> ukPerson();
        };
        long[] ids = writer.debtor(person.debtor);
        long debtorId = ids[0];
        long phoneId = ids[2];
        long addressId = ids[1];
        int debts = pick(new int[] {75, 20, 5}) + 1;
        BigDecimal balance = BigDecimal.ZERO;
        Set<DebtStatus> statuses = EnumSet.noneOf(DebtStatus.class);
        Instant lastContact = null;
        for (int i = 0; i < debts; i++) {
            DebtResult result = writeDebt(writer, person, market, debtorId, phoneId, addressId);
            statuses.add(result.status);
            if (result.status.countsInBalance()) {
                balance = balance.add(result.owed);
            }
            if (result.lastContact != null && (lastContact == null || result.lastContact.isAfter(lastContact))) {
                lastContact = result.lastContact;
            }
        }
        writer.summary(debtorId, balance, person.currency, DebtStatus.headline(statuses), lastContact);
        return debts;
    }

    private record Person(Debtor debtor, String currency, ZoneId zone) {
    }

    private record DebtResult(DebtStatus status, BigDecimal owed, Instant lastContact) {
    }

    private Person usPerson() {
        DemoNames.UsPlace place = oneOf(DemoNames.US_PLACES);
        String first = oneOf(DemoNames.FIRST);
        String last = oneOf(DemoNames.LAST);
        Debtor debtor = new Debtor(DebtorKind.PERSON, first + " " + last, null, Language.EN, createdAt());
        String zip = place.zip3() + String.format("%02d", random.nextInt(100));
        debtor.addLocation(Location.address((100 + random.nextInt(9800)) + " " + oneOf(DemoNames.US_STREETS),
                place.city(), place.state(), zip, "US", place.zone(), false));
        String phone = "+1" + oneOf(place.areaCodes()) + "555" + String.format("%04d", random.nextInt(10000));
        debtor.addLocation(Location.phone(phone, random.nextInt(10) < 8 ? PhoneType.MOBILE : PhoneType.HOME,
                place.zone(), false));
        if (random.nextInt(3) == 0) {
            debtor.addLocation(Location.email(emailOf(first, last), false, place.zone(), false));
        }
        return new Person(debtor, "USD", ZoneId.of(place.zone()));
    }

    private Person cnPerson() {
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
        String mobile = "+861" + (3 + random.nextInt(7)) + random.nextInt(10) + String.format("%08d", random.nextInt(100_000_000));
        debtor.addLocation(Location.phone(mobile, PhoneType.MOBILE, "Asia/Shanghai", false));
        return new Person(debtor, "CNY", ZoneId.of("Asia/Shanghai"));
    }

    private Person ukPerson() {
        String first = oneOf(DemoNames.FIRST);
        String last = oneOf(DemoNames.LAST);
        Debtor debtor = new Debtor(DebtorKind.PERSON, first + " " + last, null, Language.EN, createdAt());
        DemoNames.UkPlace place = oneOf(DemoNames.UK_PLACES);
        String postcode = place.postcodeDistrict() + " " + (1 + random.nextInt(9))
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        debtor.addLocation(Location.address((1 + random.nextInt(200)) + " " + oneOf(DemoNames.UK_STREETS),
                place.town(), place.county(), postcode, "GB", "Europe/London", false));
        String phone = random.nextBoolean()
                ? "+447700900" + String.format("%03d", random.nextInt(1000))
                : "+44207946" + String.format("%04d", random.nextInt(1000));
        debtor.addLocation(Location.phone(phone, phone.startsWith("+447") ? PhoneType.MOBILE : PhoneType.HOME,
                "Europe/London", false));
        if (random.nextInt(4) == 0) {
            debtor.addLocation(Location.email(emailOf(first, last), false, "Europe/London", false));
        }
        return new Person(debtor, "GBP", ZoneId.of("Europe/London"));
    }

    private String emailOf(String first, String last) {
        String local = org.recoup.domain.SearchText.normalize(first + "." + last).replace(' ', '.').replace("'", "");
        return local + random.nextInt(1000) + "@example." + oneOf(List.of("com", "org", "net"));
    }

    private DebtResult writeDebt(BulkWriter writer, Person person, int market, long debtorId, long phoneId, long addressId) {
        int clientIndex = market == 0 ? random.nextInt(2) : market + 1;
        long clientId = switch (clientIndex) {
            case 0 -> clients.usBank();
            case 1 -> clients.usCreditUnion();
            case 2 -> clients.cnLender();
            default -> clients.ukTelecom();
        };
        String prefix = switch (clientIndex) {
            case 0 -> "NWB-";
            case 1 -> "HCU-";
            case 2 -> "HX-";
            default -> "ALB-";
        };
        String reference = prefix + String.format("%07d", ++referenceCounters[clientIndex]);
        Product product = oneOf(List.of(Product.values()));
        Instant placedAt = atLocal(person.zone, asOf.minusDays(random.nextInt(400)), 9 + random.nextInt(8));
        LocalDate placed = placedAt.atZone(person.zone).toLocalDate();
        LocalDate delinquency = placed.minusDays(60 + random.nextInt(700));
        LocalDate origination = delinquency.minusDays(120 + random.nextInt(1500));
        LocalDate chargeOff = product == Product.CREDIT_CARD ? delinquency.plusDays(180) : null;
        if (chargeOff != null && chargeOff.isAfter(placed)) {
            chargeOff = placed.minusDays(1);
        }
        LocalDate lastPayment = random.nextInt(3) == 0 ? null : delinquency.minusDays(random.nextInt(60));
        if (lastPayment != null && lastPayment.isBefore(origination)) {
            lastPayment = origination;
        }
        LocalDate itemization = chargeOff != null ? chargeOff : delinquency.plusDays(30).isAfter(placed) ? placed : delinquency.plusDays(30);

        Debt debt = new Debt(clientId, debtorId, reference, product, person.currency, placedAt);
        debt.setOriginalCreditor(oneOf(market == 0 ? DemoNames.ORIGINAL_CREDITORS_US
                : market == 1 ? DemoNames.ORIGINAL_CREDITORS_CN : DemoNames.ORIGINAL_CREDITORS_UK));
        debt.setDates(origination, delinquency, chargeOff, lastPayment, itemization);
        DebtStatus status = pickStatus();
        if (!placed.plusDays(3).isBefore(asOf)) {
            status = DebtStatus.NEW;
        }
        LocalDate statusDay = placed.plusDays(3 + random.nextInt(30));
        if (!statusDay.isBefore(asOf)) {
            statusDay = asOf.minusDays(1);
        }
        Instant statusAt = atLocal(person.zone, statusDay, 11 + random.nextInt(6));
        AuditEntry placedAs = status == DebtStatus.NEW ? null : debt.placeIn(status, DEMO, statusAt);
        long debtId = writer.debt(debt);
        if (placedAs != null) {
            writer.audit(placedAs, debtId);
        }

        int scale = Money.scaleOf(person.currency);
        BigDecimal unit = market == 1 ? BigDecimal.valueOf(7) : BigDecimal.ONE;
        BigDecimal principal = BigDecimal.valueOf(200 * Math.exp(random.nextDouble() * Math.log(75)))
                .multiply(unit).setScale(scale, RoundingMode.HALF_EVEN);
        BigDecimal interest = principal.multiply(BigDecimal.valueOf(random.nextInt(16), 2)).setScale(scale, RoundingMode.HALF_EVEN);
        BigDecimal fees = BigDecimal.valueOf(35L * random.nextInt(3)).multiply(unit).setScale(scale, RoundingMode.HALF_EVEN);
        String c = person.currency;
        writer.ledger(LedgerEntry.placement(debtId, placed, placedAt, Money.of(principal, c), Money.of(interest, c),
                Money.of(fees, c)).withMemo("placement"));
        BigDecimal owed = principal.add(interest).add(fees);

        List<Instant> contacts = new ArrayList<>();
        if (status != DebtStatus.NEW) {
            int calls = 1 + random.nextInt(3);
            LocalDate day = placed.plusDays(1);
            for (int i = 0; i < calls && day.isBefore(statusDay); i++) {
                Instant at = atLocal(person.zone, day, 9 + random.nextInt(10));
                ContactOutcome outcome = oneOf(List.of(ContactOutcome.NO_ANSWER, ContactOutcome.NO_ANSWER,
                        ContactOutcome.VOICEMAIL, ContactOutcome.CONVERSATION, ContactOutcome.BUSY));
                writer.contact(new Contact(debtorId, at, Channel.CALL, Direction.OUTBOUND, Party.DEBTOR, phoneId,
                        outcome, null, Set.of(debtId), at));
                contacts.add(at);
                day = day.plusDays(2 + random.nextInt(9));
            }
            Instant letterAt = atLocal(person.zone, placed.plusDays(1), 10);
            if (letterAt.isBefore(asOf.atStartOfDay(ZoneOffset.UTC).toInstant())) {
                writer.contact(new Contact(debtorId, letterAt, Channel.LETTER, Direction.OUTBOUND, Party.DEBTOR, addressId,
                        null, market == 1 ? "催收函" : "Initial letter", Set.of(debtId), letterAt));
                contacts.add(letterAt);
            }
            ContactOutcome decisive = switch (status) {
                case PLAN -> ContactOutcome.PROMISE_TO_PAY;
                case DISPUTED -> ContactOutcome.DISPUTE;
                case CEASED -> ContactOutcome.CEASE_REQUEST;
                default -> null;
            };
            if (decisive != null) {
                writer.contact(new Contact(debtorId, statusAt, Channel.CALL, Direction.INBOUND, Party.DEBTOR, phoneId,
                        decisive, null, Set.of(debtId), statusAt));
                contacts.add(statusAt);
            }
            LocalDate paidOn = statusAt.atZone(person.zone).toLocalDate();
            if (status == DebtStatus.PAID) {
                payment(writer, debtId, c, paidOn, statusAt, fees, interest, principal);
                owed = BigDecimal.ZERO;
            } else if (status == DebtStatus.SETTLED) {
                BigDecimal settled = owed.multiply(BigDecimal.valueOf(60 + random.nextInt(25), 2)).setScale(scale, RoundingMode.DOWN);
                BigDecimal[] split = allocate(settled, fees, interest, principal);
                payment(writer, debtId, c, paidOn, statusAt, split[0], split[1], split[2]);
                writer.ledger(new LedgerEntry(debtId, LedgerEntryType.WRITE_OFF, paidOn, statusAt,
                        Money.of(split[2].subtract(principal), c), Money.of(split[1].subtract(interest), c),
                        Money.of(split[0].subtract(fees), c), Money.zero(c)).withMemo("settlement discount"));
                owed = BigDecimal.ZERO;
            } else if (status == DebtStatus.PLAN && random.nextBoolean()) {
                BigDecimal part = owed.divide(BigDecimal.valueOf(6), scale, RoundingMode.DOWN);
                BigDecimal[] split = allocate(part, fees, interest, principal);
                payment(writer, debtId, c, paidOn, statusAt, split[0], split[1], split[2]);
                owed = owed.subtract(part);
            }
        }
        Instant last = contacts.stream().max(Instant::compareTo).orElse(null);
        return new DebtResult(status, owed, last);
    }

    /** Splits a payment fees → interest → principal. */
    private static BigDecimal[] allocate(BigDecimal amount, BigDecimal fees, BigDecimal interest, BigDecimal principal) {
        BigDecimal toFees = amount.min(fees);
        BigDecimal rest = amount.subtract(toFees);
        BigDecimal toInterest = rest.min(interest);
        rest = rest.subtract(toInterest);
        return new BigDecimal[] {toFees, toInterest, rest.min(principal)};
    }

    private void payment(BulkWriter writer, long debtId, String currency, LocalDate on, Instant at,
                         BigDecimal fees, BigDecimal interest, BigDecimal principal) {
        writer.ledger(new LedgerEntry(debtId, LedgerEntryType.PAYMENT, on, at, Money.of(principal.negate(), currency),
                Money.of(interest.negate(), currency), Money.of(fees.negate(), currency), Money.zero(currency))
                .withPayment(oneOf(List.of(PaymentMethod.values())), "P" + (100000 + random.nextInt(900000))));
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
