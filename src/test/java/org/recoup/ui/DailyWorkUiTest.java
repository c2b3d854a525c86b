package org.recoup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.PhoneType;
import org.recoup.domain.Product;
import org.recoup.domain.StrategyAction;
import org.recoup.service.UserSettings;
import org.recoup.service.Workspace;
import org.recoup.service.debtors.DebtorForm;
import org.recoup.service.debtors.LocationForm;
import org.recoup.service.debts.DebtForm;
import org.recoup.service.work.QueueItem;
import org.recoup.service.work.StepView;
import org.recoup.service.work.WorkQueueService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;

/**
 * The collector's day in the window: a 21:30 call shows red with 08:00 the next day one click away;
 * a cease request takes the debtor out of the queue; a promise to pay is logged from the queue with
 * the keyboard alone.
 */
@ExtendWith(ApplicationExtension.class)
class DailyWorkUiTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @TempDir
    static Path dir;

    private Workspace workspace;
    private AppContext context;
    private long ann;
    private long bob;
    private long hans;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workspace = Workspace.open(dir.resolve("daily-ui-" + System.nanoTime()));
        long bank = workspace.clients().create("Northwind Bank", "US").id();
        long berlin = workspace.clients().create("Spree Kredit", "DE").id();
        workspace.daily().strategies().save(berlin, List.of(StepView.at(0, StrategyAction.CALL)));
        ann = person("Ann Lee", LocationForm.address("1 Main St", "Chicago", "IL", "60601", "US", null),
                LocationForm.phone("+13125550142", PhoneType.MOBILE, null));
        bob = person("Bob Stone", LocationForm.address("9 Lake Ave", "Chicago", "IL", "60601", "US", null),
                LocationForm.phone("+13125550177", PhoneType.MOBILE, null));
        hans = person("Hans Weber", LocationForm.address("Unter den Linden 1", "Berlin", null, "10117", "DE", "Europe/Berlin"),
                LocationForm.phone("+4930901820", PhoneType.MOBILE, "Europe/Berlin"));
        debt(bank, ann, "NWB-1", "USD", "900");
        debt(bank, bob, "NWB-2", "USD", "400");
        debt(berlin, hans, "SK-1", "EUR", "750");
        I18n i18n = new I18n(Language.EN);
        DialogService dialogs = new DialogService(i18n);
        TaskRunner tasks = new TaskRunner(dialogs::showError);
        UserSettings settings = new UserSettings(Preferences.userRoot().node("org/recoup/test-" + System.nanoTime()));
        context = new AppContext(i18n, tasks, dialogs, Clock.systemDefaultZone(), settings);
        MainWindow window = new MainWindow(context);
        stage.setScene(new Scene(window, 1280, 800));
        dialogs.setOwner(stage);
        stage.show();
        context.workspaceProperty().set(workspace);
    }

    private long person(String name, LocationForm... locations) {
        return workspace.debtors().create(new DebtorForm(DebtorKind.PERSON, name, null, Language.EN, null,
                List.of(locations))).id();
    }

    private void debt(long client, long debtor, String reference, String currency, String principal) {
        workspace.debts().create(new DebtForm(client, debtor, reference, null, Product.LOAN, currency, principal, "0", "0",
                null, null, null, null, null, null));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<QueueItem> queue(FxRobot robot) {
        return robot.lookup("#queue-table").queryAs(TableView.class);
    }

    private void openContactsTab(FxRobot robot, long debtorId) throws Exception {
        robot.interact(() -> context.openDebtor(debtorId));
        waitUntil(() -> robot.lookup("#detail-name").tryQuery().isPresent()
                && robot.lookup(".tab-pane").tryQuery().isPresent());
        robot.interact(() -> {
            TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> "detail-tab-contacts".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void callAt2130DebtorTimeIsRedWithEarliest0800NextDayAndMovesThereInOneClick(FxRobot robot) throws Exception {
        openContactsTab(robot, ann);
        robot.clickOn("#schedule-action");
        waitUntil(() -> robot.lookup("#schedule-time").tryQuery().isPresent());
        LocalDate tomorrow = Instant.now().atZone(CHICAGO).toLocalDate().plusDays(1);
        robot.interact(() -> {
            robot.lookup("#schedule-date").queryAs(DatePicker.class).setValue(tomorrow);
            robot.lookup("#schedule-time").queryAs(TextField.class).setText("21:30");
        });
        Label verdict = robot.lookup("#schedule-verdict").queryAs(Label.class);
        Label findings = robot.lookup("#schedule-findings").queryAs(Label.class);
        assertThat(verdict.getText()).isEqualTo("Blocked");
        assertThat(verdict.getStyleClass()).contains("verdict-block");
        assertThat(findings.getText()).contains("US-TIME-1", "1006.6(b)(1)(i)", "Earliest compliant time")
                .contains("08:00");
        robot.clickOn("#schedule-move");
        assertThat(robot.lookup("#schedule-time").queryAs(TextField.class).getText()).isEqualTo("08:00");
        assertThat(robot.lookup("#schedule-date").queryAs(DatePicker.class).getValue()).isEqualTo(tomorrow.plusDays(1));
        assertThat(verdict.getText()).isEqualTo("Pass");
        robot.clickOn("#schedule-save");
        waitUntil(() -> workspace.daily().scheduling().forDebtor(ann).size() == 1);
        assertThat(workspace.daily().scheduling().forDebtor(ann).get(0).at())
                .isEqualTo(tomorrow.plusDays(1).atTime(8, 0).atZone(CHICAGO).toInstant());
    }

    @Test
    void recordedCeaseRequestTakesTheDebtorOutOfTheQueue(FxRobot robot) throws Exception {
        waitUntil(() -> queue(robot).getItems().size() == 3);
        assertThat(queue(robot).getItems()).extracting(QueueItem::debtorId).contains(bob);
        openContactsTab(robot, bob);
        robot.clickOn("#record-event");
        waitUntil(() -> robot.lookup("#event-save").tryQuery().isPresent());
        robot.clickOn("#event-save");
        waitUntil(() -> workspace.debts().forDebtor(bob).get(0).status() == org.recoup.domain.DebtStatus.CEASED);
        robot.clickOn("#nav-queue");
        robot.clickOn("#queue-refresh");
        waitUntil(() -> queue(robot).getItems().size() == 2);
        assertThat(queue(robot).getItems()).extracting(QueueItem::debtorId).doesNotContain(bob);
    }

    @Test
    void promiseToPayIsLoggedFromTheQueueWithTheKeyboardAlone(FxRobot robot) throws Exception {
        waitUntil(() -> queue(robot).getItems().size() == 3);
        TableView<QueueItem> table = queue(robot);
        int row = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).debtorId() == hans) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        assertThat(table.getItems().get(row).action()).isEqualTo("CALL");
        int index = row;
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(index);
            table.requestFocus();
        });
        robot.type(KeyCode.L);
        waitUntil(() -> robot.lookup("#log-promise-amount").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DIGIT4);
        waitUntil(() -> robot.lookup("#log-promise-amount").queryAs(TextField.class).isFocused());
        assertThat(robot.lookup("#log-promise-amount").queryAs(TextField.class).getText()).isEqualTo("750.00");
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT5, KeyCode.DIGIT0);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !workspace.daily().promises().forDebtor(hans).isEmpty());
        var promise = workspace.daily().promises().forDebtor(hans).get(0);
        assertThat(promise.amount().amount()).isEqualByComparingTo("250");
        assertThat(promise.dueDate()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3));
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(QueueItem::debtorId).doesNotContain(hans);
        assertThat(table.getSelectionModel().getSelectedItem()).isNotNull();
    }

    @Test
    void showingOneKindOfActionNarrowsTheQueueAndSaysHowManyOfAll(FxRobot robot) throws Exception {
        // Hans's debt leaves NEW: his client's strategy (a call on day 0) makes his the one strategy step
        workspace.debts().changeStatus(workspace.debts().forDebtor(hans).get(0).id(),
                org.recoup.domain.DebtStatus.ACTIVE, "first contact");
        waitUntil(() -> queue(robot).getItems().size() == 3);
        robot.clickOn("#queue-refresh");
        waitUntil(() -> queue(robot).getItems().stream().anyMatch(i -> i.debtorId() == hans
                && i.priority() == WorkQueueService.Priority.STRATEGY));
        TableView<QueueItem> table = queue(robot);
        QueueItem hansItem = table.getItems().stream().filter(i -> i.debtorId() == hans).findFirst().orElseThrow();
        long sameKind = table.getItems().stream().filter(i -> i.priority() == hansItem.priority()).count();
        @SuppressWarnings("unchecked")
        ComboBox<WorkQueueService.Priority> kind = robot.lookup("#queue-kind").queryAs(ComboBox.class);
        assertThat(kind.getItems()).first().isNull();
        assertThat(kind.getItems()).contains(hansItem.priority());

        robot.interact(() -> kind.setValue(hansItem.priority()));

        assertThat(table.getItems()).hasSize((int) sameKind).allMatch(i -> i.priority() == hansItem.priority());
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(sameKind).isEqualTo(1);
        assertThat(robot.lookup("#queue-status").queryAs(Label.class).getText()).startsWith("1 of 3 actions");
        robot.interact(() -> kind.setValue(null));
        assertThat(table.getItems()).hasSize(3);
        assertThat(robot.lookup("#queue-status").queryAs(Label.class).getText()).startsWith("3 actions");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
