package org.recoup.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.Language;
import org.recoup.service.UserSettings;
import org.recoup.service.Workspace;
import org.recoup.service.reports.ClientInfo;
import org.recoup.service.reports.ReportFixture;
import org.recoup.service.reports.ReportKind;
import org.recoup.ui.AppContext;
import org.recoup.ui.DialogService;
import org.recoup.ui.I18n;
import org.recoup.ui.MainWindow;
import org.recoup.ui.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;

/**
 * The Reports screen on the hand-made portfolio of {@link ReportFixture} (today 2026-06-15):
 * reached from the navigation, it shows every client's outstanding amount, and choosing a client
 * shows that client's alone; a PDF report is written in the background to the file chosen; a
 * client's commission rate is set in Settings.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsScreenUiTest {

    @TempDir
    static Path dir;

    private Workspace workspace;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ReportFixture fixture = new ReportFixture(dir);
        fixture.close();
        workspace = Workspace.open(fixture.path, fixture.clock);
        I18n i18n = new I18n(Language.EN);
        DialogService dialogs = new DialogService(i18n);
        TaskRunner tasks = new TaskRunner(dialogs::showError);
        UserSettings settings = new UserSettings(Preferences.userRoot().node("org/recoup/test-" + System.nanoTime()));
        AppContext context = new AppContext(i18n, tasks, dialogs, fixture.clock, settings);
        MainWindow window = new MainWindow(context);
        stage.setScene(new Scene(window, 1280, 800));
        dialogs.setOwner(stage);
        stage.show();
        context.workspaceProperty().set(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void showsTheFixturesOutstandingAndChoosingAClientShowsThatClientsAlone(FxRobot robot) throws Exception {
        robot.clickOn("#nav-reports");
        waitUntil(() -> cardValues(robot, "#reports-outstanding").equals(List.of("¥10,400.00", "$2,285.00")));
        assertThat(cardNote(robot, "#reports-outstanding")).isEqualTo("9 open debts");
        // promises are left to the service tests: the window's work queue decides overdue ones when it opens

        ComboBox<ClientInfo> client = clients(robot);
        assertThat(client.getItems()).extracting(ClientInfo::name).containsExactly("All clients", "Acme Bank", "华夏消费金融");
        robot.interact(() -> client.setValue(client.getItems().get(1)));
        waitUntil(() -> cardValues(robot, "#reports-outstanding").equals(List.of("$2,285.00")));
        assertThat(cardNote(robot, "#reports-outstanding")).isEqualTo("5 open debts");
        assertThat(cardValues(robot, "#reports-collected-month")).containsExactly("$750.10");
        assertThat(cardValues(robot, "#reports-recovery")).containsExactly("28.4%");
        // aging at 06-15: debts 1 (day 30) and 9 in 0–30, 2 (day 31) and 3 (day 60) in 31–60, 4 (day 61) in 61–90
        @SuppressWarnings("unchecked")
        TableView<ReportsView.AgingLine> aging = robot.lookup("#reports-aging").queryAs(TableView.class);
        assertThat(aging.getItems()).extracting(l -> l.bucket().label() + " " + l.debts() + " "
                        + l.owed().get("USD").amount().toPlainString())
                .containsExactly("0–30 2 1150.00", "31–60 2 710.00", "61–90 1 425.00", "91–180 0 0.00", "181+ 0 0.00");
        assertThat(aging.getColumns()).extracting(TableColumn::getText).containsExactly("Days past due", "Debts", "USD owed");

        robot.interact(() -> client.setValue(client.getItems().get(2)));
        waitUntil(() -> cardValues(robot, "#reports-outstanding").equals(List.of("¥10,400.00")));
        assertThat(cardValues(robot, "#reports-collected-month")).containsExactly("¥3,000.00");
        assertThat(cardValues(robot, "#reports-recovery")).containsExactly("21.5%");
    }

    @Test
    void aClientStatementIsWrittenInTheBackgroundToTheFileChosen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-reports");
        waitUntil(() -> !cardValues(robot, "#reports-outstanding").equals(List.of("—")));
        ComboBox<ClientInfo> client = clients(robot);
        assertThat(robot.lookup("#reports-pdf-statement").query().isDisabled()).as("no statement for all clients").isTrue();
        robot.interact(() -> client.setValue(client.getItems().get(1)));
        assertThat(robot.lookup("#reports-pdf-statement").query().isDisabled()).isFalse();

        Path file = dir.resolve("statement-" + System.nanoTime() + ".pdf");
        ReportsView view = robot.lookup("#reports-view").queryAs(ReportsView.class);
        robot.interact(() -> view.save(ReportKind.STATEMENT, file));
        waitUntil(() -> robot.lookup("#reports-saved").queryAs(Label.class).getText().startsWith("Client statement saved to"));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            // 25 % of the 750.10 collected from 2026-06-01 to 06-15 is 187.525, rounded half-even to 187.52
            assertThat(new PDFTextStripper().getText(pdf)).contains("Client statement", "Acme Bank", "750.10", "187.52",
                    "562.58");
        }
        assertThat(dir.resolve(file.getFileName() + ".part")).doesNotExist();
    }

    @Test
    void aClientsCommissionRateIsSetInSettingsAndItsStatementChargesIt(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        waitUntil(() -> robot.lookup("#settings-letters").tryQuery().isPresent());
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#settings-letters").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "settings-clients".equals(t.getId())).findFirst().orElseThrow());
        });
        waitUntil(() -> robot.lookup("#client-rate-" + ReportFixture.HUAXIA).tryQuery().isPresent());
        TextField acme = robot.lookup("#client-rate-" + ReportFixture.ACME).queryAs(TextField.class);
        TextField huaxia = robot.lookup("#client-rate-" + ReportFixture.HUAXIA).queryAs(TextField.class);
        assertThat(acme.getText()).isEqualTo("25");
        assertThat(huaxia.getText()).isEmpty();

        robot.interact(() -> huaxia.setText("150"));
        waitUntil(() -> robot.lookup("#client-save-" + ReportFixture.HUAXIA).query().isDisabled());

        robot.interact(() -> huaxia.setText("12,5 %"));
        waitUntil(() -> !robot.lookup("#client-save-" + ReportFixture.HUAXIA).query().isDisabled());
        robot.clickOn("#client-save-" + ReportFixture.HUAXIA);
        Label status = robot.lookup("#client-status-" + ReportFixture.HUAXIA).queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Saved"));
        assertThat(huaxia.getText()).isEqualTo("12.5");
        // 12.5 % of the ¥3,000.00 collected for 华夏消费金融 in the fixture's period
        assertThat(workspace.reports().statement(ReportFixture.HUAXIA, ReportFixture.PERIOD).total("CNY").orElseThrow()
                .commission().amount()).isEqualByComparingTo("375.00");
        assertThat(workspace.reports().client("Acme Bank").orElseThrow().commissionRate()).isEqualByComparingTo("25");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ClientInfo> clients(FxRobot robot) {
        return robot.lookup("#reports-client").queryAs(ComboBox.class);
    }

    private static List<String> cardValues(FxRobot robot, String card) {
        Node node = robot.lookup(card).tryQuery().orElse(null);
        if (node == null) {
            return List.of();
        }
        return node.lookupAll(".report-card-value").stream().map(n -> ((Label) n).getText()).toList();
    }

    private static String cardNote(FxRobot robot, String card) {
        return ((Label) robot.lookup(card).query().lookup(".report-card-note")).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
