package org.recoup.service.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.recoup.domain.AuditEntry;
import org.recoup.domain.Client;
import org.recoup.domain.Debt;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.RecoupException;
import org.recoup.domain.UserInputException;
import org.recoup.domain.ValidationException;
import org.recoup.exchange.Column;
import org.recoup.exchange.DateOrder;
import org.recoup.exchange.DuplicatePolicy;
import org.recoup.exchange.ExportFormat;
import org.recoup.exchange.Field;
import org.recoup.exchange.Mapping;
import org.recoup.exchange.MappingGuess;
import org.recoup.exchange.MappingJson;
import org.recoup.exchange.RowParser;
import org.recoup.exchange.TableWriter;
import org.recoup.exchange.Tables;
import org.recoup.service.Progress;
import org.recoup.store.BulkWriter;
import org.recoup.store.Database;
import org.recoup.store.ExchangeQueries;

/**
 * Importing debtors and debts from the spreadsheets creditors send: open a file, map its columns
 * (guessed, or the client's saved mapping), preview the first rows as they will be imported, then
 * run: every row is validated, and all accepted rows are written in one transaction, or none.
 */
public final class ImportService {

    /** Rows handed from the reader to the writer at a time. */
    private static final int BATCH = 1_000;

    private final Database database;
    private final Clock clock;

    public ImportService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The fields a column can be mapped to, in the order pickers list them. */
    public static List<ImportField> fields() {
        return Arrays.stream(Field.values()).map(f -> new ImportField(f.key(), f.required(), f.repeatable())).toList();
    }

    /**
     * Opens a file for import.
     *
     * @throws UserInputException when it cannot be read, is empty, or is not CSV or XLSX
     */
    public ImportFile open(Path file) {
        return new ImportFile(file, Tables.open(file));
    }

    /** The mapping kept for a client by its last import, if any. */
    public Optional<ImportSettings> savedSettings(long clientId) {
        return database.read(s -> s.importMappings().forClient(clientId))
                .map(m -> settings(MappingJson.read(m.getJson(), "the saved mapping")));
    }

    /**
     * A mapping for a file and a client: the client's saved mapping for the columns it knows,
     * fields guessed from the headers for the others, the date order and decimal separator read
     * from the first rows.
     */
    public ImportSettings suggest(ImportFile file, ImportClient client) {
        Mapping saved = client.isNew() ? null : database.read(s -> s.importMappings().forClient(client.id()))
                .map(m -> MappingJson.read(m.getJson(), "the saved mapping")).orElse(null);
        String country = clientCountry(client);
        return settings(MappingGuess.guess(file.columns(), file.sampleRows(), saved, country));
    }

    /** Reads a mapping file ({@code --mapping FILE}; the format of decision 0031). */
    public ImportSettings readSettings(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserInputException(file + ": no such file");
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return settings(MappingJson.read(json, file.getFileName().toString()));
    }

    /** The mapping as JSON, to keep in a file. */
    public String toJson(ImportSettings settings) {
        return MappingJson.write(mapping(settings));
    }

    /**
     * The first {@code rows} rows as the import will take them, with their problems. Nothing is
     * written.
     *
     * @throws UserInputException when the mapping leaves a required field without a column
     */
    public ImportPreview preview(ImportFile file, ImportClient client, ImportSettings settings, int rows) {
        Mapping mapping = mapping(settings);
        RowParser parser = new RowParser(file.columns(), mapping);
        ImportPlanner planner = new ImportPlanner(parser, clientCountry(client), lookups(client, mapping),
                Instant.now(clock), today(), file.fileName());
        List<PreviewRow> preview = new ArrayList<>();
        int[] counts = new int[4];
        file.table().rows((line, cells) -> {
            ImportPlanner.Plan plan = planner.plan(line, cells);
            PreviewRow row;
            if (plan instanceof ImportPlanner.Update u) {
                row = new PreviewRow(line, PreviewRow.Outcome.UPDATE, planner.shown(plan, cells),
                        u.notice() == null ? List.of() : List.of(u.notice()), u.changes());
            } else if (plan instanceof ImportPlanner.Skipped k) {
                row = new PreviewRow(line, PreviewRow.Outcome.SKIP, planner.shown(plan, cells), List.of(), k.reason());
            } else if (plan instanceof ImportPlanner.Rejected r) {
                row = new PreviewRow(line, PreviewRow.Outcome.REJECT, planner.shown(plan, cells), r.problems(), null);
            } else {
                row = new PreviewRow(line, PreviewRow.Outcome.IMPORT, planner.shown(plan, cells), List.of(), null);
            }
            counts[row.outcome().ordinal()]++;
            preview.add(row);
            return preview.size() < rows;
        });
        List<String> fields = new ArrayList<>();
        for (String column : file.columns()) {
            Field f = mapping.fieldOf(column);
            if (f != null && !fields.contains(f.key())) {
                fields.add(f.key());
            }
        }
        return new ImportPreview(fields, preview, counts[0], counts[1], counts[2], counts[3]);
    }

    /**
     * Imports the file: every row validated, all accepted rows written in one transaction (the
     * client too, when it is new) and committed once at the end; any failure, and a cancel, leave
     * the database as it was. The mapping is then kept for the client.
     *
     * @throws UserInputException        when the mapping leaves a required field without a column
     * @throws ImportCancelledException  when {@code progress} asked to stop (nothing was written)
     */
    public ImportResult run(ImportFile file, ImportClient client, ImportSettings settings, Progress progress) {
        Mapping mapping = mapping(settings);
        RowParser parser = new RowParser(file.columns(), mapping);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "import-" + (threads.incrementAndGet() == 1 ? "reader" : "writer"));
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<ImportResult> work = pool.submit(() -> new Run(file, client, mapping, parser, progress, stop, pool).call());
            try {
                return work.get();
            } catch (InterruptedException e) {
                // The caller was interrupted (a cancelled task): stop, and wait for the rollback,
                // which runs on the import's own threads so that no database call is interrupted.
                stop.set(true);
                waitUninterruptibly(work);
                Thread.currentThread().interrupt();
                throw new ImportCancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void waitUninterruptibly(Future<?> work) {
        boolean interrupted = false;
        while (true) {
            try {
                work.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One import: a reader thread that parses and plans, a writer thread that writes, one transaction. */
    private final class Run {
        private final ImportFile file;
        private final ImportClient client;
        private final Mapping mapping;
        private final RowParser parser;
        private final Progress progress;
        private final AtomicBoolean stop;
        private final ExecutorService pool;
        private final Instant now = Instant.now(clock);
        private final BlockingQueue<List<ImportPlanner.Plan>> queue = new ArrayBlockingQueue<>(4);
        private final List<ImportPlanner.Plan> end = new ArrayList<>();
        private ImportPlanner planner;

        Run(ImportFile file, ImportClient client, Mapping mapping, RowParser parser, Progress progress,
            AtomicBoolean stop, ExecutorService pool) {
            this.file = file;
            this.client = client;
            this.mapping = mapping;
            this.parser = parser;
            this.progress = progress;
            this.stop = stop;
            this.pool = pool;
        }

        private Client newClient;

        ImportResult call() throws Exception {
            long start = System.nanoTime();
            newClient = client.isNew() ? newClient() : null;
            planner = new ImportPlanner(parser, newClient != null ? newClient.getDefaultCountry() : clientCountry(client),
                    lookups(client, mapping), now, today(), file.fileName());
            Future<Written> writer = pool.submit(this::write);
            long total = file.estimatedRows();
            long[] read = {0};
            long[] counts = new long[4];
            List<RejectedRow> rejected = new ArrayList<>();
            List<RowProblem> notices = new ArrayList<>();
            List<ImportPlanner.Plan> batch = new ArrayList<>(BATCH);
            boolean[] failed = {false};
            try {
                file.table().rows((line, cells) -> {
                    if (stop.get() || progress.isCancelled() || writer.isDone()) {
                        failed[0] = true;
                        return false;
                    }
                    read[0]++;
                    ImportPlanner.Plan plan = planner.plan(line, cells);
                    if (plan instanceof ImportPlanner.Rejected r) {
                        counts[3]++;
                        rejected.add(new RejectedRow(line, r.problems(), Arrays.asList(r.cells())));
                    } else if (plan instanceof ImportPlanner.Skipped) {
                        counts[2]++;
                    } else if (plan instanceof ImportPlanner.Update u) {
                        counts[1]++;
                        if (u.notice() != null) {
                            notices.add(u.notice());
                        }
                        batch.add(plan);
                    } else {
                        counts[0]++;
                        batch.add(plan);
                    }
                    if (batch.size() >= BATCH) {
                        hand(new ArrayList<>(batch), writer);
                        batch.clear();
                    }
                    if (read[0] % BATCH == 0) {
                        progress.update(read[0], total > 0 ? Math.max(total, read[0]) : -1,
                                "Importing " + file.fileName() + ": " + read[0] + " rows read");
                    }
                    return true;
                });
                if (!failed[0]) {
                    hand(new ArrayList<>(batch), writer);
                    hand(end, writer);
                }
            } catch (RuntimeException e) {
                stop.set(true);
                queue.clear();
                queue.offer(end);
                waitUninterruptibly(writer);
                throw e;
            }
            if (failed[0]) {
                stop.set(true);
                queue.clear();
                queue.offer(end);
            }
            Written written;
            try {
                written = writer.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw e;
            }
            if (written == null || stop.get() || progress.isCancelled()) {
                throw new ImportCancelledException();
            }
            long clientId = written.clientId;
            try {
                database.write(s -> s.importMappings().save(clientId, MappingJson.write(mapping), now));
            } catch (RecoupException e) {
                org.slf4j.LoggerFactory.getLogger(ImportService.class).warn("the mapping was not kept: {}", e.getMessage());
            }
            progress.update(read[0], read[0], "Imported " + file.fileName());
            return new ImportResult(read[0], counts[0], counts[1], counts[2], counts[3], planner.newDebtors(), clientId,
                    newClient != null, rejected, notices, (System.nanoTime() - start) / 1e9);
        }

        private Client newClient() {
            if (client.name() == null || client.name().isBlank()) {
                throw new ValidationException("client.name", "is required");
            }
            Optional<Client> same = database.read(s -> s.clients().findByName(client.name()));
            if (same.isPresent()) {
                throw new ValidationException("client.name", "'" + client.name() + "' is already a client");
            }
            // a new client's default country: the one given, else the mapping's (chosen or guessed)
            String country = client.defaultCountry() != null && !client.defaultCountry().isBlank() ? client.defaultCountry()
                    : mapping.defaultCountry();
            return new Client(client.name(), country, now);
        }

        /** Hands a batch to the writer, unless it has stopped (a failure, which {@link Future#get} will tell). */
        private void hand(List<ImportPlanner.Plan> plans, Future<Written> writer) {
            try {
                while (!queue.offer(plans, 50, TimeUnit.MILLISECONDS)) {
                    if (writer.isDone()) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
            }
        }

        /** The writer thread: everything in one transaction, committed at the end unless stopped. */
        private Written write() throws InterruptedException {
            try (BulkWriter writer = new BulkWriter(database)) {
                long clientId = client.isNew() ? writer.client(newClient) : client.id();
                long[] debtorIds = new long[1024];
                // a new debtor's projection is written with its first debt; debtors met again get it
                // recomputed in memory (those of this file) or by the store (those it had before)
                Map<Integer, SummaryAccumulator> again = new HashMap<>();
                ImportPlanner.NewDebt[] firstDebts = new ImportPlanner.NewDebt[1024];
                Set<Long> refresh = new LinkedHashSet<>();
                String memo = memo(file.fileName());
                while (true) {
                    List<ImportPlanner.Plan> plans = queue.take();
                    if (plans == end || stop.get()) {
                        break;
                    }
                    for (ImportPlanner.Plan plan : plans) {
                        if (plan instanceof ImportPlanner.NewDebt n) {
                            long debtorId;
                            if (n.debtorRef() instanceof ImportPlanner.NewDebtor d) {
                                debtorId = writer.debtor(d.debtor(), d.summary())[0];
                                if (d.index() >= debtorIds.length) {
                                    debtorIds = Arrays.copyOf(debtorIds, Math.max(debtorIds.length * 2, d.index() + 1));
                                    firstDebts = Arrays.copyOf(firstDebts, debtorIds.length);
                                }
                                debtorIds[d.index()] = debtorId;
                                firstDebts[d.index()] = n.withoutDebtor();
                            } else if (n.debtorRef() instanceof ImportPlanner.SameAs same) {
                                debtorId = debtorIds[same.index()];
                                SummaryAccumulator summary = again.get(same.index());
                                if (summary == null) {
                                    summary = new SummaryAccumulator();
                                    ImportPlanner.NewDebt first = firstDebts[same.index()];
                                    summary.add(first.debt().getStatus(), first.owed());
                                    again.put(same.index(), summary);
                                }
                                summary.add(n.debt().getStatus(), n.owed());
                            } else {
                                debtorId = ((ImportPlanner.Existing) n.debtorRef()).id();
                                refresh.add(debtorId);
                            }
                            Debt planned = n.debt();
                            Debt debt = new Debt(clientId, debtorId, planned.getReference(), planned.getProduct(),
                                    planned.getCurrency(), planned.getPlacedAt());
                            debt.setOriginalCreditor(planned.getOriginalCreditor());
                            debt.setDates(planned.getOriginationDate(), planned.getDelinquencyDate(),
                                    planned.getChargeOffDate(), planned.getLastPaymentDate(), planned.getItemizationDate());
                            debt.setLimitationYears(planned.getLimitationYears());
                            AuditEntry placedAs = planned.getStatus() == DebtStatus.NEW ? null
                                    : debt.placeIn(planned.getStatus(), ImportPlanner.IMPORTED, now);
                            long debtId = writer.debt(debt);
                            if (placedAs != null) {
                                writer.audit(placedAs, debtId);
                            }
                            writer.ledger(LedgerEntry.placement(debtId, n.valueDate(), now, n.principal(), n.interest(),
                                    n.fees()).withMemo(memo));
                        } else if (plan instanceof ImportPlanner.Update u) {
                            writer.updateDebtDetails(u.debtId(), u.details());
                            writer.audit(new AuditEntry(now, AuditEntry.Subject.DEBT, u.debtId(), ImportPlanner.UPDATE_ACTION,
                                    null, null, planner.updateReason(u)), u.debtId());
                        }
                    }
                    writer.flush();
                }
                if (stop.get() || progress.isCancelled()) {
                    writer.rollback();
                    return null;
                }
                for (Map.Entry<Integer, SummaryAccumulator> e : again.entrySet()) {
                    writer.summary(debtorIds[e.getKey()], e.getValue().summary());
                }
                writer.flush();
                if (!refresh.isEmpty()) {
                    writer.refreshSummaries(refresh);
                }
                writer.commit();
                return new Written(clientId);
            }
        }
    }

    private record Written(long clientId) {
    }

    /** The placement row's memo: where it came from. */
    private static String memo(String fileName) {
        String memo = "placement, imported from " + fileName;
        return memo.length() <= 500 ? memo : memo.substring(0, 500);
    }

    /**
     * Writes rejected rows to a CSV file (UTF-8 with BOM): the line, the field, the column and the
     * reason of each problem, followed by the row's cells as the file had them, under its headers.
     */
    public void writeRejections(ImportFile file, List<RejectedRow> rows, Path out) {
        List<Column> columns = new ArrayList<>(List.of(Column.integer("line"), Column.text("field"),
                Column.text("column"), Column.text("reason")));
        for (String c : file.columns()) {
            columns.add(Column.text(c));
        }
        try (TableWriter writer = TableWriter.open(out, ExportFormat.CSV, "rejected", columns)) {
            for (RejectedRow row : rows) {
                for (RowProblem p : row.problems()) {
                    Object[] values = new Object[columns.size()];
                    values[0] = p.line();
                    values[1] = p.field();
                    values[2] = p.column();
                    values[3] = p.reason();
                    for (int i = 0; i < file.columns().size() && i < row.cells().size(); i++) {
                        values[4 + i] = row.cells().get(i);
                    }
                    writer.row(values);
                }
            }
        }
    }

    private ImportPlanner.Lookups lookups(ImportClient client, Mapping mapping) {
        if (client.isNew()) {
            return ImportPlanner.Lookups.NONE;
        }
        return database.read(s -> {
            ExchangeQueries q = s.exchange();
            Map<String, Long> references = q.references(client.id());
            Map<String, ExchangeQueries.ExistingDebt> debts = mapping.onDuplicate() == DuplicatePolicy.UPDATE
                    && !references.isEmpty() ? q.debts(client.id()) : Map.of();
            Map<String, Long> keys = new HashMap<>();
            for (ExchangeQueries.DebtorKey k : q.debtorKeys(client.id())) {
                keys.putIfAbsent(ImportPlanner.key(k.searchName(), k.phone() != null ? k.phone() : k.email()), k.debtorId());
            }
            return new ImportPlanner.Lookups(references, debts, keys);
        });
    }

    /** The client's default country (where numbers without a country code are read); for a new client, the one given. */
    private String clientCountry(ImportClient client) {
        if (client.isNew()) {
            return client.defaultCountry() == null || client.defaultCountry().isBlank() ? null
                    : client.defaultCountry().trim().toUpperCase(java.util.Locale.ROOT);
        }
        return database.read(s -> s.clients().find(client.id()))
                .orElseThrow(() -> new ValidationException("client", "no client with id " + client.id()))
                .getDefaultCountry();
    }

    private LocalDate today() {
        return Instant.now(clock).atZone(ZoneOffset.UTC).toLocalDate();
    }

    // ---- settings <-> mapping --------------------------------------------------------------

    static ImportSettings settings(Mapping m) {
        Map<String, String> columns = new LinkedHashMap<>();
        m.columns().forEach((column, field) -> columns.put(column, field == null ? null : field.key()));
        return new ImportSettings(columns, m.dateOrder() == null ? null : ImportSettings.DateOrder.valueOf(m.dateOrder().name()),
                m.decimalSeparator(), m.defaultCurrency(), m.defaultCountry(), m.defaultProduct(),
                ImportSettings.OnDuplicate.valueOf(m.onDuplicate().name()));
    }

    static Mapping mapping(ImportSettings s) {
        Map<String, Field> columns = new LinkedHashMap<>();
        s.columns().forEach((column, key) -> columns.put(column, key == null ? null : Field.byKey(key)
                .orElseThrow(() -> new UserInputException("'" + key + "' is not a field; fields: " + Field.keys()))));
        return new Mapping(columns, s.dateOrder() == null ? null : DateOrder.valueOf(s.dateOrder().name()),
                s.decimalSeparator(), s.defaultCurrency(), s.defaultCountry(), s.defaultProduct(),
                DuplicatePolicy.valueOf(s.onDuplicate().name()));
    }
}
