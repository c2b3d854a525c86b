package org.recoup.service.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Debtor;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.Location;
import org.recoup.domain.LocationKind;
import org.recoup.domain.Money;
import org.recoup.domain.Product;
import org.recoup.domain.ValidationException;
import org.recoup.exchange.Field;
import org.recoup.exchange.ImportRow;
import org.recoup.exchange.Mapping;
import org.recoup.exchange.PhoneCell;
import org.recoup.exchange.Rejection;
import org.recoup.exchange.RowParser;
import org.recoup.service.debtors.DebtorService;
import org.recoup.service.debtors.LocationForm;
import org.recoup.store.BulkWriter;
import org.recoup.store.ExchangeQueries.ExistingDebt;

/**
 * Decides, row by row, what an import does: builds the debtor and the debt through the domain's
 * own rules (so that an imported debt is one the window could have made), finds duplicates of a
 * reference within the file and among the client's debts, and recognises a debtor met before (the
 * same name with the same phone number or e-mail address, earlier in the file or among the
 * client's debtors). It writes nothing: its plans go to the writer, or to the preview.
 */
final class ImportPlanner {

    static final String IMPORTED = "imported";
    static final String UPDATE_ACTION = "IMPORT_UPDATE";

    /** What the planner knows of the database before it starts: read once, never per row. */
    record Lookups(Map<String, Long> references, Map<String, ExistingDebt> debts, Map<String, Long> debtorKeys) {
        static final Lookups NONE = new Lookups(Map.of(), Map.of(), Map.of());
    }

    /** What to do with one row. */
    sealed interface Plan permits Rejected, Skipped, NewDebt, Update {
        int line();
    }

    record Rejected(int line, List<RowProblem> problems, String[] cells) implements Plan {
    }

    record Skipped(int line, String reason) implements Plan {
    }

    /** Whose debt a new debt is. */
    sealed interface DebtorRef permits NewDebtor, SameAs, Existing {
    }

    /** A debtor first met in this row: written with the debt, its list projection from this debt. */
    record NewDebtor(int index, Debtor debtor, BulkWriter.Summary summary) implements DebtorRef {
    }

    /** The debtor of an earlier row of the file. */
    record SameAs(int index, int line) implements DebtorRef {
    }

    /** A debtor already in the database. */
    record Existing(long id) implements DebtorRef {
    }

    record NewDebt(int line, DebtorRef debtorRef, Debtor debtor, Debt debt, Money principal, Money interest,
                   Money fees, LocalDate valueDate) implements Plan {

        /** What the debt owes at placement. */
        Money owed() {
            return principal.plus(interest).plus(fees);
        }

        /** The same plan without its debtor entity, to keep once written (the writer needs only its money and status). */
        NewDebt withoutDebtor() {
            return new NewDebt(line, null, null, debt, principal, interest, fees, valueDate);
        }
    }

    record Update(int line, long debtId, Debt details, String changes, RowProblem notice) implements Plan {
    }

    private static final Pattern LOCATION_FIELD = Pattern.compile("^locations\\[(\\d+)]\\.(.+)$");

    private final RowParser parser;
    private final Mapping mapping;
    private final String phoneCountry;
    private final Lookups lookups;
    private final Instant now;
    private final LocalDate today;
    private final String fileName;
    private final Map<String, Integer> references = new HashMap<>();
    private final Map<String, int[]> debtors = new HashMap<>();
    private int nextDebtor;

    /**
     * @param clientCountry where phone numbers without a country code are read (the client's
     *                      default country; the mapping's when the client has none)
     */
    ImportPlanner(RowParser parser, String clientCountry, Lookups lookups, Instant now, LocalDate today, String fileName) {
        this.parser = parser;
        this.mapping = parser.mapping();
        this.phoneCountry = clientCountry != null ? clientCountry : mapping.defaultCountry();
        this.lookups = lookups;
        this.now = now;
        this.today = today;
        this.fileName = fileName;
    }

    /** Debtors met for the first time so far. */
    int newDebtors() {
        return nextDebtor;
    }

    Plan plan(int line, String[] cells) {
        ImportRow row = parser.parse(line, cells);
        List<RowProblem> problems = new ArrayList<>();
        for (Rejection r : row.problems()) {
            problems.add(new RowProblem(r.line(), r.field(), r.column(), r.reason()));
        }
        String referenceKey = row.reference() == null ? null : row.reference().trim().toUpperCase(Locale.ROOT);
        Integer first = null;
        if (referenceKey != null) {
            first = references.putIfAbsent(referenceKey, line);
            if (first != null) {
                problems.add(problem(line, Field.REFERENCE, "'" + row.reference() + "' is a duplicate of line " + first));
            }
        }
        Long existing = referenceKey == null || first != null ? null : lookups.references().get(referenceKey);
        if (existing != null) {
            switch (mapping.onDuplicate()) {
                case SKIP -> {
                    return new Skipped(line, "'" + row.reference() + "' already exists for this client");
                }
                case REJECT -> {
                    problems.add(problem(line, Field.REFERENCE, "'" + row.reference() + "' already exists for this client"));
                    return new Rejected(line, problems, cells);
                }
                case UPDATE -> {
                    return problems.isEmpty() ? update(row, lookups.debts().get(referenceKey), cells)
                            : new Rejected(line, problems, cells);
                }
            }
        }
        return newDebt(row, cells, problems);
    }

    /** A new debt, its debtor checked by the domain's rules even when the row has problems already (to list them all). */
    private Plan newDebt(ImportRow row, String[] cells, List<RowProblem> problems) {
        int line = row.line();
        Debtor debtor = null;
        try {
            debtor = new Debtor(row.kind() == null ? DebtorKind.PERSON : row.kind(), row.name(), row.nativeName(),
                    row.language() != null ? row.language() : language(row), now);
            debtor.setNotes(row.notes());
        } catch (ValidationException e) {
            problems.add(fromDomain(line, e));
        }
        List<Location> locations = locations(row, problems);
        Product product = row.product() != null ? row.product() : mapping.defaultProduct();
        DebtStatus status = row.status() == null ? DebtStatus.NEW : row.status();
        Debt debt = null;
        LocalDate valueDate = row.placementDate() != null ? row.placementDate() : today;
        boolean moneyRead = row.reference() != null && row.currency() != null && row.principal() != null
                && row.interest() != null && row.fees() != null;
        if (moneyRead) {
            try {
                Instant placedAt = row.placementDate() == null || locations == null || locations.isEmpty() ? now
                        : row.placementDate().atStartOfDay(ZoneId.of(locations.get(0).getTimeZone())).toInstant();
                debt = new Debt(0, 0, row.reference(), product, row.currency(), placedAt);
                debt.setOriginalCreditor(row.originalCreditor());
                debt.setDates(row.originationDate(), row.delinquencyDate(), row.chargeOffDate(), row.lastPaymentDate(),
                        row.itemizationDate());
                debt.setLimitationYears(row.limitationYears());
                if (status != DebtStatus.NEW) {
                    debt.placeIn(status, IMPORTED, now);
                }
                LedgerEntry.placement(0, valueDate, now, row.principal(), row.interest(), row.fees());
            } catch (ValidationException e) {
                problems.add(fromDomain(line, e));
            }
        }
        if (!problems.isEmpty() || debtor == null || debt == null || locations == null) {
            return new Rejected(line, problems, cells);
        }
        locations.forEach(debtor::addLocation);
        DebtorRef ref = debtorOf(debtor, status, row);
        return new NewDebt(line, ref, debtor, debt, row.principal(), row.interest(), row.fees(), valueDate);
    }

    /** The debtor's language: Chinese when the name is written in Chinese characters, English otherwise. */
    private static Language language(ImportRow row) {
        return hasHan(row.nativeName()) || hasHan(row.name()) ? Language.ZH : Language.EN;
    }

    private static boolean hasHan(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Where the locations of a row came from: the field and column to blame for a location's problem. */
    private record Source(String field, String column, LocationKind kind) {
    }

    /** The row's address, phones and e-mails as validated locations with their zones; null (and problems noted) when one is wrong. */
    private List<Location> locations(ImportRow row, List<RowProblem> problems) {
        List<LocationForm> phonesAndMails = new ArrayList<>();
        List<Source> phoneSources = new ArrayList<>();
        for (PhoneCell phone : row.phones()) {
            phonesAndMails.add(LocationForm.phone(phone.text(), phone.type(), null));
            phoneSources.add(new Source(phone.field().key(), phone.column(), LocationKind.PHONE));
        }
        for (ImportRow.EmailCell email : row.emails()) {
            phonesAndMails.add(LocationForm.email(email.text(), false, null));
            phoneSources.add(new Source(Field.EMAIL.key(), email.column(), LocationKind.EMAIL));
        }
        List<LocationForm> forms = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        if (row.hasAddress()) {
            forms.add(LocationForm.address(row.addressLine(), row.city(), row.region(), row.postalCode(), row.country(), null));
            sources.add(new Source(Field.ADDRESS_LINE.key(), column(Field.ADDRESS_LINE), LocationKind.ADDRESS));
        }
        forms.addAll(phonesAndMails);
        sources.addAll(phoneSources);
        if (forms.isEmpty()) {
            problems.add(new RowProblem(row.line(), "row", null, "has no address, phone number or e-mail; a debtor needs one"));
            return null;
        }
        try {
            return DebtorService.toLocations(forms, phoneCountry);
        } catch (ValidationException first) {
            // An address whose zone cannot be told (no state, an unknown country) may follow the
            // phone's zone: try the phones first before giving up.
            if (row.hasAddress() && !phonesAndMails.isEmpty() && first.field().startsWith("locations[1].timeZone")) {
                List<LocationForm> reordered = new ArrayList<>(phonesAndMails);
                reordered.add(forms.get(0));
                List<Source> reorderedSources = new ArrayList<>(phoneSources);
                reorderedSources.add(sources.get(0));
                try {
                    return DebtorService.toLocations(reordered, phoneCountry);
                } catch (ValidationException second) {
                    problems.add(locationProblem(row.line(), second, reorderedSources));
                    return null;
                }
            }
            problems.add(locationProblem(row.line(), first, sources));
            return null;
        }
    }

    private RowProblem locationProblem(int line, ValidationException e, List<Source> sources) {
        Matcher m = LOCATION_FIELD.matcher(e.field());
        if (!m.matches()) {
            return new RowProblem(line, "row", null, e.reason());
        }
        Source source = sources.get(Integer.parseInt(m.group(1)) - 1);
        String part = m.group(2);
        if (source.kind() == LocationKind.ADDRESS) {
            Field field = switch (part) {
                case "city" -> Field.CITY;
                case "region" -> Field.REGION;
                case "postalCode" -> Field.POSTAL_CODE;
                case "country" -> Field.COUNTRY;
                default -> Field.ADDRESS_LINE;
            };
            String reason = part.equals("timeZone") ? "the time zone cannot be told from this address; add the state"
                    + " and ZIP code (US) or the country, or a phone number" : part.equals("country") && e.reason().equals("is required")
                    ? "the address has no country; add a country column or set the mapping's default country" : e.reason();
            return new RowProblem(line, field.key(), column(field), reason);
        }
        String reason = part.equals("timeZone") ? "the time zone cannot be told from an e-mail address alone; add a phone"
                + " number or an address" : e.reason();
        return new RowProblem(line, source.field(), source.column(), reason);
    }

    /** The debtor a new debt belongs to: one of an earlier row, one of the client's, or this new one. */
    private DebtorRef debtorOf(Debtor debtor, DebtStatus status, ImportRow row) {
        List<String> keys = new ArrayList<>(2);
        for (Location l : debtor.getLocations()) {
            if (l.getPhone() != null) {
                keys.add(key(debtor.getSearchName(), l.getPhone()));
            } else if (l.getEmail() != null) {
                keys.add(key(debtor.getSearchName(), l.getEmail()));
            }
        }
        for (String key : keys) {
            int[] earlier = debtors.get(key);
            if (earlier != null) {
                for (String k : keys) {
                    debtors.putIfAbsent(k, earlier);
                }
                return new SameAs(earlier[0], earlier[1]);
            }
        }
        for (String key : keys) {
            Long id = lookups.debtorKeys().get(key);
            if (id != null) {
                return new Existing(id);
            }
        }
        int[] entry = {nextDebtor++, row.line()};
        for (String key : keys) {
            debtors.put(key, entry);
        }
        return new NewDebtor(entry[0], debtor, summary(status, row));
    }

    static String key(String searchName, String phoneOrEmail) {
        return searchName + '\u0001' + phoneOrEmail;
    }

    private static BulkWriter.Summary summary(DebtStatus status, ImportRow row) {
        if (!status.countsInBalance()) {
            return new BulkWriter.Summary(null, null, status, null);
        }
        Money owed = row.principal().plus(row.interest()).plus(row.fees());
        return new BulkWriter.Summary(owed.amount(), owed.currency(), status, null);
    }

    /** An existing debt's details changed by the row (never its money or status). */
    private Plan update(ImportRow row, ExistingDebt e, String[] cells) {
        int line = row.line();
        if (e == null) {
            return new Skipped(line, "'" + row.reference() + "' already exists for this client");
        }
        List<RowProblem> problems = new ArrayList<>();
        if (row.currency() != null && !row.currency().equals(e.currency())) {
            problems.add(problem(line, Field.CURRENCY, "'" + row.currency() + "' differs from the existing debt's "
                    + e.currency() + "; an import never changes a debt's currency"));
            return new Rejected(line, problems, cells);
        }
        String creditor = row.originalCreditor() != null ? row.originalCreditor() : e.originalCreditor();
        Product product = row.product() != null ? row.product() : e.product();
        LocalDate origination = or(row.originationDate(), e.originationDate());
        LocalDate delinquency = or(row.delinquencyDate(), e.delinquencyDate());
        LocalDate chargeOff = or(row.chargeOffDate(), e.chargeOffDate());
        LocalDate lastPayment = or(row.lastPaymentDate(), e.lastPaymentDate());
        LocalDate itemization = or(row.itemizationDate(), e.itemizationDate());
        Integer years = row.limitationYears() != null ? row.limitationYears() : e.limitationYears();
        Debt details;
        try {
            details = new Debt(0, e.debtorId(), e.reference(), product, e.currency(), e.placedAt());
            details.setOriginalCreditor(creditor);
            details.setDates(origination, delinquency, chargeOff, lastPayment, itemization);
            details.setLimitationYears(years);
        } catch (ValidationException ex) {
            problems.add(fromDomain(line, ex));
            return new Rejected(line, problems, cells);
        }
        List<String> changes = new ArrayList<>();
        change(changes, "original creditor", e.originalCreditor(), details.getOriginalCreditor());
        change(changes, "product", e.product(), details.getProduct());
        change(changes, "origination date", e.originationDate(), origination);
        change(changes, "delinquency date", e.delinquencyDate(), delinquency);
        change(changes, "charge-off date", e.chargeOffDate(), chargeOff);
        change(changes, "last payment date", e.lastPaymentDate(), lastPayment);
        change(changes, "itemization date", e.itemizationDate(), itemization);
        change(changes, "limitation years", e.limitationYears(), years);
        if (changes.isEmpty()) {
            return new Skipped(line, "'" + row.reference() + "' already exists for this client, with the same details");
        }
        RowProblem notice = null;
        if (differs(row.principal(), e.placedPrincipal()) || differs(row.interest(), e.placedInterest())
                || differs(row.fees(), e.placedFees())) {
            notice = problem(line, Field.PRINCIPAL, "the amounts differ from the debt's placement ("
                    + plain(e.placedPrincipal(), e.currency()) + " / " + plain(e.placedInterest(), e.currency()) + " / "
                    + plain(e.placedFees(), e.currency()) + "); an import never changes money: record a payment or"
                    + " an adjustment instead");
        }
        return new Update(line, e.id(), details, String.join("; ", changes), notice);
    }

    private static LocalDate or(LocalDate value, LocalDate fallback) {
        return value != null ? value : fallback;
    }

    private static void change(List<String> changes, String what, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.add(what + " " + (from == null ? "(none)" : "'" + from + "'") + " → " + (to == null ? "(none)" : "'" + to + "'"));
        }
    }

    private static boolean differs(Money value, BigDecimal placed) {
        return value != null && placed != null && value.amount().compareTo(placed) != 0;
    }

    private static String plain(BigDecimal amount, String currency) {
        return amount == null ? "0" : amount.setScale(Money.scaleOf(currency), java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    /** The audit reason of an update: the file, the line and what changed (at most 2000 characters). */
    String updateReason(Update update) {
        String reason = "import of " + fileName + ", line " + update.line() + ": " + update.changes();
        return reason.length() <= 2000 ? reason : reason.substring(0, 1997) + "...";
    }

    private RowProblem problem(int line, Field field, String reason) {
        return new RowProblem(line, field.key(), column(field), reason);
    }

    /** The first column mapped to a field, or null. */
    private String column(Field field) {
        for (Map.Entry<String, Field> e : mapping.columns().entrySet()) {
            if (e.getValue() == field && parser.columns().contains(e.getKey())) {
                return e.getKey();
            }
        }
        return null;
    }

    /** A domain refusal ("debt.chargeOffDate: is before the delinquency date") as a row problem. */
    private RowProblem fromDomain(int line, ValidationException e) {
        String name = e.field().replaceFirst("^(debtor|debt|location|ledger)\\.", "");
        Field field = switch (name) {
            case "placement", "amount" -> Field.PRINCIPAL;
            case "statusReason", "status" -> Field.STATUS;
            default -> Field.byKey(name).orElse(null);
        };
        return field == null ? new RowProblem(line, name, null, e.reason()) : problem(line, field, e.reason());
    }

    /** The values of a planned row by field key, as they will be stored, for the preview. */
    Map<String, String> shown(Plan plan, String[] cells) {
        Map<String, String> values = new LinkedHashMap<>();
        if (plan instanceof NewDebt n) {
            Debtor d = n.debtor();
            Debt x = n.debt();
            put(values, Field.NAME, d.getName());
            put(values, Field.NATIVE_NAME, d.getNativeName());
            put(values, Field.KIND, d.getKind().name());
            put(values, Field.LANGUAGE, d.getPreferredLanguage().code());
            put(values, Field.NOTES, d.getNotes());
            for (Location l : d.getLocations()) {
                switch (l.getKind()) {
                    case ADDRESS -> {
                        put(values, Field.ADDRESS_LINE, l.getAddressLine());
                        put(values, Field.CITY, l.getCity());
                        put(values, Field.REGION, l.getRegion());
                        put(values, Field.POSTAL_CODE, l.getPostalCode());
                        put(values, Field.COUNTRY, l.getCountry());
                    }
                    case PHONE -> append(values, phoneField(l), l.getPhone());
                    case EMAIL -> append(values, Field.EMAIL.key(), l.getEmail());
                }
            }
            put(values, Field.REFERENCE, x.getReference());
            put(values, Field.ORIGINAL_CREDITOR, x.getOriginalCreditor());
            put(values, Field.PRODUCT, x.getProduct().name());
            put(values, Field.CURRENCY, x.getCurrency());
            put(values, Field.PRINCIPAL, n.principal().toPlainString());
            put(values, Field.INTEREST, n.interest().toPlainString());
            put(values, Field.FEES, n.fees().toPlainString());
            put(values, Field.PLACEMENT_DATE, String.valueOf(n.valueDate()));
            put(values, Field.ORIGINATION_DATE, str(x.getOriginationDate()));
            put(values, Field.DELINQUENCY_DATE, str(x.getDelinquencyDate()));
            put(values, Field.CHARGE_OFF_DATE, str(x.getChargeOffDate()));
            put(values, Field.LAST_PAYMENT_DATE, str(x.getLastPaymentDate()));
            put(values, Field.ITEMIZATION_DATE, str(x.getItemizationDate()));
            put(values, Field.LIMITATION_YEARS, x.getLimitationYears() == null ? null : x.getLimitationYears().toString());
            put(values, Field.STATUS, x.getStatus().name());
            values.put("zone", d.homeZone().orElse(""));
            DebtorRef ref = n.debtorRef();
            values.put("debtor", ref instanceof SameAs s ? "line " + s.line() : ref instanceof Existing ? "existing" : "new");
        } else {
            List<String> columns = parser.columns();
            for (int i = 0; i < columns.size() && i < cells.length; i++) {
                Field f = mapping.fieldOf(columns.get(i));
                if (f != null && cells[i] != null && !cells[i].isBlank()) {
                    append(values, f.key(), cells[i]);
                }
            }
        }
        return values;
    }

    private String phoneField(Location l) {
        return switch (l.getPhoneType()) {
            case HOME -> parser.maps(Field.HOME_PHONE) ? Field.HOME_PHONE.key() : Field.PHONE.key();
            case WORK -> parser.maps(Field.WORK_PHONE) ? Field.WORK_PHONE.key() : Field.PHONE.key();
            default -> parser.maps(Field.MOBILE_PHONE) ? Field.MOBILE_PHONE.key() : Field.PHONE.key();
        };
    }

    private static void put(Map<String, String> values, Field field, String value) {
        if (value != null) {
            values.put(field.key(), value);
        }
    }

    private static void append(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.merge(key, value, (a, b) -> a + ", " + b);
        }
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
