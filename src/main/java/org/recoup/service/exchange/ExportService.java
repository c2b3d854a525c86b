package org.recoup.service.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.recoup.domain.Money;
import org.recoup.domain.RecoupException;
import org.recoup.domain.UserInputException;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.domain.view.DebtorRow;
import org.recoup.domain.view.DebtorSort;
import org.recoup.exchange.Column;
import org.recoup.exchange.ExportFormat;
import org.recoup.exchange.TableWriter;
import org.recoup.service.Progress;
import org.recoup.store.Database;
import org.recoup.store.ExchangeQueries;

/**
 * Exports what a filter of the debtors list selects: the debtors, their debts, the debts' ledger
 * rows or the debtors' contacts, to CSV or XLSX. Amounts are plain decimals at their currency's
 * scale, dates ISO, instants ISO-8601 in UTC. The file appears whole, or not at all.
 */
public final class ExportService {

    /** Rows read from the database at a time. */
    private static final int CHUNK = 2_000;

    /** What to export. */
    public enum What {
        DEBTORS, DEBTS, LEDGER, CONTACTS;

        public static What parse(String text) {
            for (What w : values()) {
                if (w.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return w;
                }
            }
            throw new UserInputException("--what: '" + text + "' is not one of debtors, debts, ledger, contacts");
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The file format. */
    public enum Format {
        CSV, XLSX;

        public static Format parse(String text) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return f;
                }
            }
            throw new UserInputException("--format: '" + text + "' is not csv or xlsx");
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What an export wrote. */
    public record Result(What what, long rows, Path file) {
    }

    private final Database database;

    public ExportService(Database database) {
        this.database = database;
    }

    /**
     * Writes {@code what} of the debtors {@code filter} selects to {@code out}. Debts and ledger rows
     * are those of the debts the filter selects (only the status or client it names, if it names
     * one); debtors and contacts those of the debtors it lets through.
     *
     * @throws RecoupException when the file cannot be written, or the export was cancelled (no file then)
     */
    public Result export(DebtorFilter filter, What what, Format format, Path out, Progress progress) {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "export");
            t.setDaemon(true);
            return t;
        });
        try {
            // Database reads run on a thread of their own, which a cancelled window task never interrupts.
            Future<Result> work = thread.submit(() -> write(filter, what, format, out, progress, stop));
            try {
                return work.get();
            } catch (InterruptedException e) {
                stop.set(true);
                try {
                    work.get();
                } catch (InterruptedException | ExecutionException ignored) {
                    // it stops at the next chunk
                }
                Thread.currentThread().interrupt();
                throw new RecoupException("The export was cancelled; no file was written.");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        } finally {
            thread.shutdown();
        }
    }

    private Result write(DebtorFilter filter, What what, Format format, Path out, Progress progress, AtomicBoolean stop) {
        List<Column> columns = columns(what);
        TableWriter writer = TableWriter.open(out, format == Format.CSV ? ExportFormat.CSV : ExportFormat.XLSX,
                what.key(), columns);
        try {
            switch (what) {
                case DEBTORS -> debtors(filter, writer, progress, stop);
                case DEBTS -> forDebts(filter, writer, progress, stop, false);
                case LEDGER -> forDebts(filter, writer, progress, stop, true);
                case CONTACTS -> contacts(filter, writer, progress, stop);
            }
            if (stop.get() || progress.isCancelled()) {
                writer.abort();
                throw new RecoupException("The export was cancelled; no file was written.");
            }
            writer.close();
            return new Result(what, writer.rows(), out);
        } catch (RuntimeException e) {
            writer.abort();
            throw e;
        }
    }

    static List<Column> columns(What what) {
        return switch (what) {
            case DEBTORS -> List.of(Column.integer("debtor_id"), Column.text("name"), Column.text("native_name"),
                    Column.text("kind"), Column.text("language"), Column.text("status"), Column.decimal("balance"),
                    Column.text("currency"), Column.instant("last_contact_at"), Column.text("home_zone"),
                    Column.text("address_line"), Column.text("city"), Column.text("region"), Column.text("postal_code"),
                    Column.text("country"), Column.text("phones"), Column.text("phone_types"), Column.text("emails"),
                    Column.text("notes"), Column.instant("created_at"));
            case DEBTS -> List.of(Column.integer("debt_id"), Column.text("client"), Column.text("reference"),
                    Column.integer("debtor_id"), Column.text("debtor_name"), Column.text("debtor_native_name"),
                    Column.text("product"), Column.text("currency"), Column.text("status"),
                    Column.text("original_creditor"), Column.decimal("placed_principal"),
                    Column.decimal("placed_interest"), Column.decimal("placed_fees"), Column.decimal("principal"),
                    Column.decimal("interest"), Column.decimal("fees"), Column.decimal("balance"),
                    Column.decimal("credit"), Column.date("origination_date"), Column.date("delinquency_date"),
                    Column.date("charge_off_date"), Column.date("last_payment_date"), Column.date("itemization_date"),
                    Column.integer("limitation_years"), Column.instant("placed_at"));
            case LEDGER -> List.of(Column.integer("entry_id"), Column.integer("debt_id"), Column.text("reference"),
                    Column.text("type"), Column.date("value_date"), Column.instant("recorded_at"),
                    Column.text("currency"), Column.decimal("principal"), Column.decimal("interest"),
                    Column.decimal("fees"), Column.decimal("credit"), Column.text("payment_method"),
                    Column.text("payment_reference"), Column.integer("reverses_id"), Column.text("memo"));
            case CONTACTS -> List.of(Column.integer("contact_id"), Column.integer("debtor_id"),
                    Column.text("debtor_name"), Column.instant("at"), Column.text("channel"), Column.text("direction"),
                    Column.text("party"), Column.text("place_kind"), Column.text("place"), Column.text("outcome"),
                    Column.text("notes"), Column.text("references"), Column.instant("recorded_at"));
        };
    }

    private void debtors(DebtorFilter filter, TableWriter writer, Progress progress, AtomicBoolean stop) {
        long total = database.read(s -> s.queries().count(filter));
        long offset = 0;
        while (!stop.get() && !progress.isCancelled()) {
            long from = offset;
            List<DebtorRow> rows = database.read(s -> s.queries().page(filter, DebtorSort.NAME, true, from, CHUNK));
            if (rows.isEmpty()) {
                break;
            }
            List<Long> ids = rows.stream().map(DebtorRow::id).toList();
            Map<Long, ExchangeQueries.DebtorExtra> extras = database.read(s -> s.exchange().debtorExtras(ids));
            for (DebtorRow r : rows) {
                ExchangeQueries.DebtorExtra x = extras.get(r.id());
                if (x == null) {
                    continue;
                }
                ExchangeQueries.PlaceRow address = x.places().stream()
                        .filter(p -> p.kind() == org.recoup.domain.LocationKind.ADDRESS).findFirst().orElse(null);
                List<ExchangeQueries.PlaceRow> phones = x.places().stream().filter(p -> p.phone() != null).toList();
                writer.row(r.id(), r.name(), r.nativeName(), x.kind().name(), x.language().code(),
                        r.status() == null ? null : r.status().name(), scaled(r.balance(), r.currency()), r.currency(),
                        r.lastContactAt(), r.homeZone(), address == null ? null : address.addressLine(),
                        address == null ? null : address.city(), address == null ? null : address.region(),
                        address == null ? null : address.postalCode(), address == null ? null : address.country(),
                        join(phones.stream().map(ExchangeQueries.PlaceRow::phone).toList()),
                        join(phones.stream().map(p -> p.phoneType() == null ? "" : p.phoneType().name()).toList()),
                        join(x.places().stream().filter(p -> p.email() != null).map(ExchangeQueries.PlaceRow::email).toList()),
                        x.notes(), x.createdAt());
            }
            offset += rows.size();
            progress.update(offset, total, "Exporting debtors: " + offset + " of " + total);
            if (rows.size() < CHUNK) {
                break;
            }
        }
    }

    private void forDebts(DebtorFilter filter, TableWriter writer, Progress progress, AtomicBoolean stop, boolean ledger) {
        List<Long> ids = database.read(s -> s.queries().debtIds(filter));
        for (int from = 0; from < ids.size() && !stop.get() && !progress.isCancelled(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            if (ledger) {
                List<ExchangeQueries.LedgerRow> rows = new ArrayList<>();
                database.read(s -> {
                    s.exchange().ledger(chunk, rows::add);
                    return null;
                });
                for (ExchangeQueries.LedgerRow l : rows) {
                    writer.row(l.id(), l.debtId(), l.reference(), l.type().name(), l.valueDate(), l.recordedAt(),
                            l.currency(), scaled(l.principal(), l.currency()), scaled(l.interest(), l.currency()),
                            scaled(l.fees(), l.currency()), scaled(l.credit(), l.currency()),
                            l.paymentMethod() == null ? null : l.paymentMethod().name(), l.paymentReference(),
                            l.reversesId(), l.memo());
                }
            } else {
                List<ExchangeQueries.DebtRow> rows = new ArrayList<>();
                database.read(s -> {
                    s.exchange().debts(chunk, rows::add);
                    return null;
                });
                for (ExchangeQueries.DebtRow d : rows) {
                    String c = d.currency();
                    writer.row(d.id(), d.client(), d.reference(), d.debtorId(), d.debtorName(), d.debtorNativeName(),
                            d.product().name(), c, d.status().name(), d.originalCreditor(), scaled(d.placedPrincipal(), c),
                            scaled(d.placedInterest(), c), scaled(d.placedFees(), c), scaled(d.principal(), c),
                            scaled(d.interest(), c), scaled(d.fees(), c),
                            scaled(d.principal().add(d.interest()).add(d.fees()), c), scaled(d.credit(), c),
                            d.originationDate(), d.delinquencyDate(), d.chargeOffDate(), d.lastPaymentDate(),
                            d.itemizationDate(), d.limitationYears(), d.placedAt());
                }
            }
            long done = Math.min(ids.size(), from + CHUNK);
            progress.update(done, ids.size(), "Exporting " + (ledger ? "ledger rows" : "debts") + ": " + done + " of "
                    + ids.size() + " debts");
        }
    }

    private void contacts(DebtorFilter filter, TableWriter writer, Progress progress, AtomicBoolean stop) {
        long total = database.read(s -> s.queries().count(filter));
        long offset = 0;
        while (!stop.get() && !progress.isCancelled()) {
            long from = offset;
            List<Long> ids = database.read(s -> s.queries().page(filter, DebtorSort.NAME, true, from, CHUNK))
                    .stream().map(DebtorRow::id).toList();
            if (ids.isEmpty()) {
                break;
            }
            List<ExchangeQueries.ContactRow> rows = new ArrayList<>();
            database.read(s -> {
                s.exchange().contacts(ids, rows::add);
                return null;
            });
            for (ExchangeQueries.ContactRow c : rows) {
                String place = c.phone() != null ? c.phone() : c.email() != null ? c.email() : c.addressLine();
                writer.row(c.id(), c.debtorId(), c.debtorName(), c.at(), c.channel().name(), c.direction().name(),
                        c.party().name(), c.placeKind() == null ? null : c.placeKind().name(), place,
                        c.outcome() == null ? null : c.outcome().name(), c.notes(), join(c.references()), c.recordedAt());
            }
            offset += ids.size();
            progress.update(offset, total, "Exporting contacts: " + offset + " of " + total + " debtors");
            if (ids.size() < CHUNK) {
                break;
            }
        }
    }

    /** An amount at its currency's scale (the database keeps four decimals). */
    static BigDecimal scaled(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return amount;
        }
        try {
            return amount.setScale(Money.scaleOf(currency), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            return amount.stripTrailingZeros();
        }
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : values.stream().collect(Collectors.joining("; "));
    }
}
