package org.recoup.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.Product;
import org.recoup.domain.RecoupException;
import org.recoup.service.Progress;
import org.recoup.service.Workspace;
import org.recoup.service.bench.ImportFiles;
import org.recoup.service.debtors.DebtorForm;
import org.recoup.service.debtors.LocationForm;
import org.recoup.service.debts.ClientService.ClientView;
import org.recoup.service.debts.DebtForm;

/** A failed or cancelled import leaves the database exactly as it was: never a half import. */
class ImportAllOrNothingTest {

    @TempDir
    Path dir;

    Workspace workspace;
    ClientView client;
    Path file;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("db"), ImportMessyFilesTest.CLOCK);
        client = workspace.clients().create("华夏消费金融", "CN");
        ImportService imports = workspace.imports();
        ImportFile first = imports.open(ImportMessyFilesTest.resource("cn-lender-gb18030.csv"));
        imports.run(first, ImportClient.existing(client.id()), imports.suggest(first, ImportClient.existing(client.id())),
                Progress.NONE);
        file = dir.resolve("big.csv");
        ImportFiles.write(file, 5_000, 7);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ImportResult run(Progress progress) {
        ImportService imports = workspace.imports();
        ImportFile opened = imports.open(file);
        ImportClient target = ImportClient.existing(client.id());
        return imports.run(opened, target, imports.suggest(opened, target), progress);
    }

    @Test
    void aCancelledImportWritesNothing() throws Exception {
        List<String> before = DatabaseSnapshot.of(workspace, dir);
        AtomicBoolean cancel = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (done >= 3_000) {
                    cancel.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        assertThatThrownBy(() -> run(progress)).isInstanceOf(ImportCancelledException.class)
                .hasMessage("The import was cancelled; nothing was imported.");
        assertThat(DatabaseSnapshot.of(workspace, dir)).isEqualTo(before);
        assertThat(workspace.imports().savedSettings(client.id())).as("kept from the first import only").isPresent();
    }

    @Test
    void anInterruptedCallerStopsTheImportAndNothingIsWritten() throws Exception {
        List<String> before = DatabaseSnapshot.of(workspace, dir);
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Thread> caller = new AtomicReference<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                started.countDown();
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            caller.set(Thread.currentThread());
            try {
                run(progress);
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        thread.start();
        assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
        thread.interrupt();
        assertThat(outcome.get(60, TimeUnit.SECONDS)).isInstanceOf(ImportCancelledException.class);
        assertThat(DatabaseSnapshot.of(workspace, dir)).isEqualTo(before);
    }

    @Test
    void aFailureWhileWritingRollsEverythingBack() throws Exception {
        // Between the lookups and the writes, someone else takes a reference the file holds: the
        // database refuses the import's row, and the import as a whole.
        ImportService imports = workspace.imports();
        ImportFile opened = imports.open(file);
        ImportClient target = ImportClient.existing(client.id());
        List<PreviewRow> rows = imports.preview(opened, target, imports.suggest(opened, target), Integer.MAX_VALUE).rows();
        String late = rows.stream().filter(r -> r.outcome() == PreviewRow.Outcome.IMPORT).reduce((a, b) -> b).orElseThrow()
                .values().get("reference");
        AtomicBoolean done = new AtomicBoolean();
        long debtorId = workspace.debtors().create(new DebtorForm(org.recoup.domain.DebtorKind.PERSON, "Other Person", null,
                org.recoup.domain.Language.EN, null, List.of(LocationForm.phone("+8613911112222", null, null)))).id();
        long debtorsBefore = workspace.debtors().count(org.recoup.domain.view.DebtorFilter.ALL);
        long debtsBefore = workspace.debtCount();
        Progress progress = new Progress() {
            @Override
            public void update(long done2, long total, String message) {
                if (done2 >= 1_000 && done.compareAndSet(false, true)) {
                    workspace.debts().create(new DebtForm(client.id(), debtorId, late, null, Product.LOAN, "CNY",
                            "10", null, null, null, null, null, null, null, null));
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        assertThatThrownBy(() -> run(progress)).isInstanceOf(RecoupException.class).hasMessageContaining("bulk write failed");
        assertThat(done).isTrue();
        assertThat(workspace.debtCount()).as("only the debt placed by hand was added").isEqualTo(debtsBefore + 1);
        assertThat(workspace.debtors().count(org.recoup.domain.view.DebtorFilter.ALL)).isEqualTo(debtorsBefore);
        assertThat(workspace.debtors().search(late, 5)).singleElement()
                .satisfies(hit -> assertThat(hit.debtorId()).isEqualTo(debtorId));
        assertThat(workspace.integrityProblems()).isEmpty();
    }
}
