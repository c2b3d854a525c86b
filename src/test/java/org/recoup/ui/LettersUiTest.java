package org.recoup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.Channel;
import org.recoup.domain.Client;
import org.recoup.domain.ComplianceEvent;
import org.recoup.domain.ComplianceEventType;
import org.recoup.domain.Debt;
import org.recoup.domain.Debtor;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntry;
import org.recoup.domain.Location;
import org.recoup.domain.Money;
import org.recoup.domain.PhoneType;
import org.recoup.domain.Product;
import org.recoup.service.UserSettings;
import org.recoup.service.Workspace;
import org.recoup.service.letters.BlockedLetter;
import org.recoup.service.letters.LetterBatchReport;
import org.recoup.service.letters.LetterTemplate;
import org.recoup.service.letters.LetterView;
import org.recoup.service.letters.LetterheadForm;
import org.recoup.service.letters.WordingBlock;
import org.recoup.store.Database;
import org.recoup.ui.letters.LetterPages;
import org.recoup.ui.letters.LettersView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;

/**
 * Letters in the window: a debtor's Letters tab (preview, verdict, produce), the batch screen (filter,
 * output folder, report of blocked letters) and the letterhead and wording settings.
 */
@ExtendWith(ApplicationExtension.class)
class LettersUiTest {

    private static final String CLIENT = "Lakeside Credit";

    @TempDir
    static Path dir;

    private AppContext context;
    private MainWindow window;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n i18n = new I18n(Language.EN);
        DialogService dialogs = new DialogService(i18n);
        TaskRunner tasks = new TaskRunner(dialogs::showError);
        UserSettings settings = new UserSettings(Preferences.userRoot().node("org/recoup/test-" + System.nanoTime()));
        context = new AppContext(i18n, tasks, dialogs, Clock.systemDefaultZone(), settings);
        window = new MainWindow(context);
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("recoup.css").toExternalForm());
        stage.setScene(scene);
        dialogs.setOwner(stage);
        stage.show();
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    /** Debtors in Chicago, each with one debt of the client; the ids of their debtors, in order. */
    private long[] openWithDebtors(FxRobot robot, String... namesThenCeasing) throws Exception {
        Path path = dir.resolve("letters-ui-" + System.nanoTime());
        Instant now = Instant.now();
        long[] ids = new long[namesThenCeasing.length];
        try (Database db = Database.open(path)) {
            long client = db.write(s -> s.clients().save(new Client(CLIENT, "US", now)).getId());
            for (int i = 0; i < namesThenCeasing.length; i++) {
                String name = namesThenCeasing[i].replace("!", "");
                boolean ceasing = namesThenCeasing[i].endsWith("!");
                String reference = "LC-" + (100 + i);
                ids[i] = db.write(s -> {
                    Debtor debtor = new Debtor(DebtorKind.PERSON, name, null, Language.EN, now);
                    debtor.addLocation(Location.address("1 Main St", "Chicago", "IL", "60601", "US", "America/Chicago",
                            false));
                    debtor.addLocation(Location.phone("+13125550142", PhoneType.MOBILE, "America/Chicago", false));
                    s.debtors().save(debtor);
                    Debt debt = new Debt(client, debtor.getId(), reference, Product.CREDIT_CARD, "USD", now);
                    debt.setDates(null, LocalDate.now().minusMonths(8), null, null, null);
                    s.debts().save(debt);
                    s.ledger().append(debt, LedgerEntry.placement(debt.getId(), LocalDate.now().minusMonths(2), now,
                            Money.of("1250.00", "USD"), Money.zero("USD"), Money.zero("USD")));
                    if (ceasing) {
                        s.events().append(ComplianceEvent.of(debtor.getId(), ComplianceEventType.CEASE,
                                now.minusSeconds(86_400), Set.of(), "letter received: stop contacting me", now));
                    }
                    return debtor.getId();
                });
            }
        }
        workspace = Workspace.open(path);
        workspace.letters().useSampleLetterheadIfNone();
        robot.interact(() -> context.workspaceProperty().set(workspace));
        return ids;
    }

    private void openLettersTab(FxRobot robot, long debtorId, String name) throws Exception {
        robot.interact(() -> window.openDebtor(debtorId));
        waitUntil(10, () -> robot.lookup("#detail-name").tryQueryAs(Label.class)
                .map(l -> l.getText().equals(name)).orElse(false));
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#debtor-detail .tab-pane").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "detail-tab-letters".equals(t.getId())).findFirst().orElseThrow());
        });
        waitUntil(10, () -> robot.lookup("#letter-pages").tryQuery().isPresent());
    }

    @Test
    void debtorsPreviewShowsThePagesOfTheChosenTemplateAndProducingArchivesTheLetter(FxRobot robot)
            throws Exception {
        long[] debtors = openWithDebtors(robot, "Ann Lee");
        openLettersTab(robot, debtors[0], "Ann Lee");
        LetterPages pages = robot.lookup("#letter-pages").queryAs(LetterPages.class);
        waitUntil(60, () -> pages.pageCount() >= 1 && pages.isVisible());

        robot.interact(() -> pages.show(List.of()));
        chooseTemplate(robot, "#letter-template", LetterTemplate.FINAL_NOTICE);
        waitUntil(60, () -> pages.pageCount() >= 1);
        assertThat(robot.lookup("#letter-verdict").queryAs(atlantafx.base.controls.Message.class).getTitle())
                .startsWith("Compliant");
        waitUntil(10, () -> !robot.lookup("#letter-produce").queryButton().isDisabled());

        robot.clickOn("#letter-produce");
        @SuppressWarnings("unchecked")
        ListView<LetterView> produced = robot.lookup("#letters-list").queryAs(ListView.class);
        waitUntil(60, () -> produced.getItems().size() == 1 && produced.getSelectionModel().getSelectedItem() != null);
        LetterView letter = produced.getItems().get(0);
        assertThat(letter.template()).isEqualTo(LetterTemplate.FINAL_NOTICE);
        assertThat(letter.debtReference()).isEqualTo("LC-100");
        assertThat(letter.sha256()).hasSize(64);
        assertThat(workspace.debtors().contacts(debtors[0]))
                .anySatisfy(c -> assertThat(c.channel()).isEqualTo(Channel.LETTER));
        assertThat(robot.lookup("#letter-save").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#letter-print").queryButton().isDisabled()).isFalse();
    }

    @Test
    void demandToADebtorWhoAskedToCeaseShowsTheRuleAndReasonInsteadOfPages(FxRobot robot) throws Exception {
        long[] debtors = openWithDebtors(robot, "Bo Chen!");
        openLettersTab(robot, debtors[0], "Bo Chen");
        waitUntil(60, () -> robot.lookup("#letter-refused #letter-verdict").tryQuery().isPresent());

        atlantafx.base.controls.Message verdict = robot.lookup("#letter-refused #letter-verdict")
                .queryAs(atlantafx.base.controls.Message.class);
        assertThat(verdict.getTitle()).contains("US-CEASE");
        assertThat(verdict.getDescription()).contains("US-CEASE").hasSizeGreaterThan(20);
        assertThat(robot.lookup("#letter-pages").queryAs(LetterPages.class).pageCount()).isZero();
        assertThat(robot.lookup("#letter-pages").query().isVisible()).isFalse();
        assertThat(robot.lookup("#letter-produce").queryButton().isDisabled()).isTrue();
    }

    @Test
    void batchOverAFilterWritesThePrintFileAndOneFilePerLetterAndListsTheBlockedOne(FxRobot robot)
            throws Exception {
        openWithDebtors(robot, "Ann Lee", "Bo Chen!", "Cy Diaz");
        Path out = Files.createDirectories(dir.resolve("batch-out-" + System.nanoTime()));
        robot.clickOn("#nav-letters");
        waitUntil(10, () -> robot.lookup("#letters-view").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#batch-filter").queryAs(TextField.class).setText("client=" + CLIENT + ", status=NEW");
            robot.lookup("#batch-folder").queryAs(TextField.class).setText(out.toString());
        });
        waitUntil(20, () -> robot.lookup("#batch-count").queryAs(Label.class).getText().equals("3 debts selected")
                && !robot.lookup("#batch-run").queryButton().isDisabled());

        robot.clickOn("#batch-run");
        waitUntil(180, () -> robot.lookup("#batch-made").tryQuery().isPresent());

        LetterBatchReport report = robot.lookup("#letters-view").queryAs(LettersView.class).lastReport();
        assertThat(report.made()).isEqualTo(2);
        assertThat(report.blocked()).singleElement().satisfies(b -> {
            assertThat(b.debtorName()).isEqualTo("Bo Chen");
            assertThat(b.rule()).isEqualTo("US-CEASE");
        });
        assertThat(report.folder().getParent()).isEqualTo(out);
        assertThat(report.printFile()).exists().hasParentRaw(report.folder());
        assertThat(report.printPages()).isGreaterThanOrEqualTo(2);
        try (Stream<Path> files = Files.list(report.folder())) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("demand_")).toList())
                    .hasSize(2).noneMatch(n -> n.contains("bo-chen"));
        }
        assertThat(robot.lookup("#batch-made").queryAs(Label.class).getText()).isEqualTo("2");
        assertThat(robot.lookup("#batch-blocked").queryAs(Label.class).getText()).isEqualTo("1");
        @SuppressWarnings("unchecked")
        TableView<BlockedLetter> blocked = robot.lookup("#batch-blocked-table").queryAs(TableView.class);
        assertThat(blocked.getItems()).extracting(BlockedLetter::debtorName, BlockedLetter::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bo Chen", "US-CEASE"));
        assertThat(robot.lookup("#batch-running").query().isVisible()).isFalse();
        assertThat(robot.lookup("#batch-save-print").queryButton().isDisabled()).isFalse();
    }

    @Test
    void theDebtorsListSendsItsFilterToTheLettersBatch(FxRobot robot) throws Exception {
        openWithDebtors(robot, "Ann Lee", "Bo Chen", "Cy Diaz");
        robot.clickOn("#nav-debtors");
        waitUntil(10, () -> robot.lookup("#filter-status").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<DebtStatus> status = robot.lookup("#filter-status").queryAs(ComboBox.class);
        robot.interact(() -> status.setValue(DebtStatus.NEW));
        robot.interact(() -> robot.lookup(".filter-bar .text-field").queryAs(TextField.class).setText("1,000"));

        robot.clickOn("#letters-button");
        waitUntil(10, () -> robot.lookup("#letters-view").tryQuery().isPresent());
        TextField filter = robot.lookup("#batch-filter").queryAs(TextField.class);
        assertThat(filter.getText()).isEqualTo("status=NEW, balance>=1000");
        waitUntil(20, () -> robot.lookup("#batch-count").queryAs(Label.class).getText().equals("3 debts selected"));
    }

    @Test
    void filterThatCannotBeReadSaysWhatIsWrongAndTheBatchCannotRun(FxRobot robot) throws Exception {
        openWithDebtors(robot, "Ann Lee");
        robot.clickOn("#nav-letters");
        waitUntil(10, () -> robot.lookup("#letters-view").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#batch-filter").queryAs(TextField.class).setText("status=OPEN"));
        waitUntil(20, () -> robot.lookup("#batch-count").queryAs(Label.class).getText()
                .startsWith("The filter cannot be read"));

        assertThat(robot.lookup("#batch-count").queryAs(Label.class).getText()).contains("'OPEN' is not a status");
        assertThat(robot.lookup("#batch-run").queryButton().isDisabled()).isTrue();
    }

    @Test
    void wordingWithAnUnknownPlaceholderIsRefusedWithAMessageAndThePreviousWordingKept(FxRobot robot)
            throws Exception {
        openWithDebtors(robot, "Ann Lee");
        String block = workspace.letters().wording(LetterTemplate.DEMAND, Language.EN).get(0).name();
        workspace.letters().saveWording(LetterTemplate.DEMAND, Language.EN, block, "Dear {debtor.name}, please pay.");
        openSettingsTab(robot, "settings-wording");
        @SuppressWarnings("unchecked")
        ListView<WordingBlock> blocks = robot.lookup("#wording-blocks").queryAs(ListView.class);
        waitUntil(20, () -> blocks.getSelectionModel().getSelectedItem() != null
                && blocks.getSelectionModel().getSelectedItem().name().equals(block));
        TextArea text = robot.lookup("#wording-text").queryAs(TextArea.class);
        assertThat(text.getText()).isEqualTo("Dear {debtor.name}, please pay.");

        robot.interact(() -> text.setText("Dear {debtor.nmae}, please pay."));
        robot.clickOn("#wording-save");
        Label problems = robot.lookup("#wording-problems").queryAs(Label.class);
        waitUntil(20, () -> problems.getText().startsWith("Not saved"));

        assertThat(problems.getText()).contains("unknown placeholder {debtor.nmae}");
        assertThat(text.getText()).isEqualTo("Dear {debtor.nmae}, please pay.");
        assertThat(workspace.letters().wording(LetterTemplate.DEMAND, Language.EN))
                .filteredOn(b -> b.name().equals(block)).singleElement()
                .extracting(WordingBlock::userText).isEqualTo("Dear {debtor.name}, please pay.");
    }

    @Test
    void letterheadWithAPayeeButNoAccountNumberIsRefusedNamingTheFieldAndNothingChanges(FxRobot robot)
            throws Exception {
        openWithDebtors(robot, "Ann Lee");
        LetterheadForm before = workspace.letters().letterhead().orElseThrow();
        openSettingsTab(robot, "settings-letterhead");
        TextField number = robot.lookup("#letterhead-pay-number").queryAs(TextField.class);
        waitUntil(20, () -> !number.getText().isEmpty());

        robot.interact(() -> number.setText(""));
        robot.clickOn("#letterhead-save");
        Label status = robot.lookup("#letterhead-status").queryAs(Label.class);
        waitUntil(20, () -> !status.getText().isEmpty());

        assertThat(status.getText()).isEqualTo("Account number: is required when the account is given");
        assertThat(workspace.letters().letterhead()).contains(before);
        assertThat(robot.lookup("#letterhead-name").queryAs(TextField.class).getText()).isEqualTo(before.name());
    }

    private void openSettingsTab(FxRobot robot, String id) throws Exception {
        robot.clickOn("#nav-settings");
        waitUntil(10, () -> robot.lookup("#settings-letters").tryQuery().isPresent());
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#settings-letters").queryAs(TabPane.class);
            Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
        });
    }

    @SuppressWarnings("unchecked")
    private static void chooseTemplate(FxRobot robot, String id, LetterTemplate template) {
        robot.interact(() -> robot.lookup(id).queryAs(ComboBox.class).setValue(template));
    }

    private static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
