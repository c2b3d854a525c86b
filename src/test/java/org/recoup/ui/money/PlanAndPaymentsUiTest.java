package org.recoup.ui.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.Frequency;
import org.recoup.domain.Language;
import org.recoup.domain.LedgerEntryType;
import org.recoup.domain.PlanStatus;
import org.recoup.service.UserSettings;
import org.recoup.service.money.LedgerRow;
import org.recoup.service.money.PlanPreview;
import org.recoup.service.money.PlanRequest;
import org.recoup.ui.AppContext;
import org.recoup.ui.DialogService;
import org.recoup.ui.I18n;
import org.recoup.ui.MainWindow;
import org.recoup.ui.TaskRunner;
import org.recoup.ui.common.Formats;
import org.recoup.ui.money.PlanEditorViewModel.PreviewRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;

/** The "Plan and payments" tab driven through the window on a scratch database, headless. */
@ExtendWith(ApplicationExtension.class)
class PlanAndPaymentsUiTest {

    private static final LocalDate JAN_31 = LocalDate.parse("2027-01-31");

    @TempDir
    static Path dir;

    private MoneyUiFixture f;
    private AppContext context;
    private long debt;
    private final Formats formats = new Formats(Language.EN.locale());

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        f = new MoneyUiFixture(dir, "2027-01-15");
        debt = f.debt("ACC-1001", "USD", "1000.00", "2026-06-01", null);
        I18n i18n = new I18n(Language.EN);
        DialogService dialogs = new DialogService(i18n);
        TaskRunner tasks = new TaskRunner(dialogs::showError);
        UserSettings settings = new UserSettings(Preferences.userRoot().node("org/recoup/test-" + System.nanoTime()));
        context = new AppContext(i18n, tasks, dialogs, f.clock, settings);
        MainWindow window = new MainWindow(context);
        stage.setScene(new Scene(window, 1280, 800));
        dialogs.setOwner(stage);
        stage.show();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void openWorkspace(FxRobot robot) {
        robot.interact(() -> {
            context.workspaceProperty().set(null);
            context.workspaceProperty().set(f.workspace);
        });
        robot.clickOn("#nav-debtors");
    }

    private void openDebtorsTab(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("Ann Lee").tryQuery().isPresent());
        robot.clickOn("Ann Lee");
        waitUntil(() -> robot.lookup("#detail-name").tryQueryAs(Label.class).map(l -> l.getText().equals("Ann Lee")).orElse(false));
        robot.clickOn("Plan and payments");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    @Test
    void recordingAPaymentAgreeingAPlanAndReversingThePaymentAllShowInTheTab(FxRobot robot) throws Exception {
        openWorkspace(robot);
        openDebtorsTab(robot);
        waitUntil(() -> text(robot, "#money-total").equals("$1,000.00"));
        assertThat(text(robot, "#money-principal")).isEqualTo("$1,000.00");

        // record a payment of 250.00
        robot.clickOn("#money-record-payment");
        robot.clickOn("#payment-amount").write("250.001");
        waitUntil(() -> text(robot, "#payment-problem").equals("USD amounts have at most 2 decimals"));
        assertThat(robot.lookup("#payment-save").queryButton().isDisabled()).isTrue();
        robot.eraseText(1);
        waitUntil(() -> !robot.lookup("#payment-save").queryButton().isDisabled());
        robot.clickOn("#payment-save");
        waitUntil(() -> robot.lookup("#payment-receipt-balance").tryQuery().isPresent());
        assertThat(text(robot, "#payment-receipt-balance")).isEqualTo("Balance now: $750.00");
        waitUntil(() -> robot.lookup("#payment-done").query().getBoundsInLocal().getWidth() > 0);
        robot.clickOn("#payment-done");
        waitUntil(() -> text(robot, "#money-total").equals("$750.00"));
        TableView<LedgerRow> ledger = ledger(robot);
        waitUntil(() -> ledger.getItems().size() == 2);
        LedgerRow payment = ledger.getItems().get(1);
        assertThat(payment.type()).isEqualTo(LedgerEntryType.PAYMENT);
        assertThat(payment.owedAfter().toPlainString()).isEqualTo("750.00");

        // a plan of 3 monthly instalments from 31 Jan, previewed as the service computes it
        robot.clickOn("#money-plan");
        waitUntil(() -> robot.lookup("#plan-count").tryQuery().isPresent());
        Spinner<?> count = robot.lookup("#plan-count").queryAs(Spinner.class);
        robot.doubleClickOn(count.getEditor()).write("3");
        DatePicker start = robot.lookup("#plan-start").queryAs(DatePicker.class);
        robot.interact(() -> start.setValue(JAN_31));
        PlanPreview expected = f.workspace.money().previewPlan(debt,
                PlanRequest.instalments(null, 3, Frequency.MONTHLY, JAN_31, true));
        List<String> expectedRows = expected.lines().stream().map(l -> l.number() + " " + formats.date(l.due()) + " "
                + formats.money(l.amount()) + " " + formats.money(l.balanceAfter())).toList();
        TableView<PreviewRow> preview = robot.lookup("#plan-preview").queryAs(TableView.class);
        waitUntil(() -> preview.getItems().size() == 4 && preview.getItems().subList(0, 3).stream()
                .map(r -> r.number() + " " + r.due() + " " + r.amount() + " " + r.balanceAfter()).toList()
                .equals(expectedRows));
        assertThat(expected.lines()).extracting(l -> l.amount().toPlainString())
                .containsExactly("250.00", "250.00", "250.00");
        PreviewRow totals = preview.getItems().get(3);
        assertThat(totals.totals()).isTrue();
        assertThat(totals.amount()).isEqualTo("$750.00");
        assertThat(f.workspace.money().plans(debt)).as("the preview wrote nothing").isEmpty();

        robot.clickOn("#plan-save");
        waitUntil(() -> text(robot, "#money-plan-status").equals("Active"));
        TableView<?> instalments = robot.lookup("#money-instalments").queryAs(TableView.class);
        waitUntil(() -> instalments.getItems().size() == 3);
        assertThat(text(robot, "#money-plan-paid")).isEqualTo("Paid $0.00 of $750.00");
        assertThat(text(robot, "#money-plan-next")).isEqualTo("Next due 31 Jan 2027: $250.00");
        assertThat(text(robot, "#money-debt-status")).isEqualTo("On a plan");
        assertThat(robot.lookup("#money-plan").queryAs(Node.class).isVisible()).isTrue();

        // reverse the payment: the balance is restored and the payment is marked
        robot.clickOn("#money-reverse");
        robot.clickOn("#reversal-reason").write("Cheque returned unpaid");
        robot.clickOn("#reversal-save");
        waitUntil(() -> text(robot, "#money-total").equals("$1,000.00"));
        waitUntil(() -> ledger(robot).getItems().size() == 3);
        LedgerRow reversed = ledger(robot).getItems().stream().filter(r -> r.type() == LedgerEntryType.PAYMENT)
                .findFirst().orElseThrow();
        assertThat(reversed.reversedBy()).isNotNull();
        assertThat(reversed.reversible()).isFalse();
        assertThat(ledger(robot).getItems().get(2).type()).isEqualTo(LedgerEntryType.REVERSAL);
        assertThat(robot.lookup("#money-reverse").queryButton().isDisabled()).as("nothing left to reverse").isTrue();
        int row = ledger(robot).getItems().indexOf(reversed);
        assertThat(ledger(robot).getColumns().get(1).getCellObservableValue(row).getValue())
                .isEqualTo("Payment (reversed)");
    }

    @Test
    void aBrokenPlanStandsOutInTheListTheHeaderAndTheTab(FxRobot robot) throws Exception {
        f.workspace.money().agreePlan(debt, PlanRequest.instalments(null, 2, Frequency.MONTHLY, f.today, true));
        f.advanceDays(40);
        openWorkspace(robot);

        waitUntil(() -> robot.lookup("#debtor-table .broken-plan-marker").tryQuery().isPresent());
        assertThat(f.workspace.money().plan(debt).orElseThrow().status())
                .as("recorded when the workspace opened").isEqualTo(PlanStatus.BROKEN);
        openDebtorsTab(robot);
        waitUntil(() -> robot.lookup("#detail-broken-plan").tryQuery().map(Node::isVisible).orElse(false));
        waitUntil(() -> text(robot, "#money-plan-status").equals("Broken"));
        Node banner = robot.lookup("#money-broken-plan").query();
        assertThat(banner.getStyleClass()).contains("danger");
        assertThat(((atlantafx.base.controls.Message) banner).getDescription())
                .isEqualTo("Broken since 21 Jan 2027: instalment 1 of $500.00, due 15 Jan 2027, was not paid within "
                        + "the grace days ($500.00 unpaid).");
    }

    @SuppressWarnings("unchecked")
    private static TableView<LedgerRow> ledger(FxRobot robot) {
        return robot.lookup("#money-ledger").queryAs(TableView.class);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
