package org.recoup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.Language;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.service.UserSettings;
import org.recoup.service.Workspace;
import org.recoup.service.debts.ClientService.ClientView;
import org.recoup.service.exchange.ExportService;
import org.recoup.service.exchange.PreviewRow;
import org.recoup.service.exchange.RowProblem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;

/** The import wizard end to end: mapping guessed, a rejected row shown in the preview, the import done; then an export. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardUiTest {

    @TempDir
    static Path dir;

    private Workspace workspace;
    private ClientView client;
    private Stage primary;

    @Start
    void start(Stage stage) throws Exception {
        primary = stage;
        javafx.application.Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workspace = Workspace.open(dir.resolve("ui-" + System.nanoTime()));
        client = workspace.clients().create("华夏消费金融", "CN");
        I18n i18n = new I18n(Language.EN);
        DialogService dialogs = new DialogService(i18n);
        TaskRunner tasks = new TaskRunner(dialogs::showError);
        UserSettings settings = new UserSettings(Preferences.userRoot().node("org/recoup/test-" + System.nanoTime()));
        AppContext context = new AppContext(i18n, tasks, dialogs, Clock.systemDefaultZone(), settings);
        MainWindow window = new MainWindow(context);
        stage.setScene(new Scene(window, 1280, 800));
        dialogs.setOwner(stage);
        stage.show();
        context.workspaceProperty().set(workspace);
    }

    @AfterEach
    void close(FxRobot robot) {
        // the dialogs are modal: one left open would hold the next test's window
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != primary).forEach(javafx.stage.Window::hide));
        workspace.close();
    }

    @Test
    void wizardGuessesTheMappingPreviewsARejectedRowAndImports(FxRobot robot) throws Exception {
        Path file = Path.of(ImportWizardUiTest.class.getResource("/exchange/cn-lender-gb18030.csv").toURI());
        robot.clickOn("#nav-debtors");
        robot.clickOn("#import-button");
        waitUntil(() -> robot.lookup("#import-file").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#import-file").queryAs(TextField.class).setText(file.toString()));
        @SuppressWarnings("unchecked")
        ComboBox<ClientView> clients = robot.lookup("#import-client").queryAs(ComboBox.class);
        waitUntil(() -> !clients.getItems().isEmpty());
        robot.interact(() -> clients.setValue(clients.getItems().get(0)));
        robot.clickOn("#import-next");

        waitUntil(() -> robot.lookup("#import-field-0").tryQuery().isPresent());
        assertThat(robot.lookup("#import-file-description").queryAs(Label.class).getText())
                .contains("cn-lender-gb18030.csv: CSV, GB18030, separated by ','");
        assertThat(field(robot, 0)).as("客户姓名").isEqualTo("name");
        assertThat(field(robot, 1)).as("身份证号 is not imported").isNull();
        assertThat(field(robot, 2)).as("手机号").isEqualTo("mobilePhone");
        assertThat(field(robot, 8)).as("欠款金额(元)").isEqualTo("principal");
        robot.clickOn("#import-next");

        waitUntil(() -> robot.lookup("#import-preview").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<PreviewRow> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        waitUntil(() -> preview.getItems().size() == 9);
        assertThat(robot.lookup("#import-counts").queryAs(Label.class).getText())
                .isEqualTo("First 9 rows: 3 to import, 0 to update, 0 to skip, 6 rejected.");
        PreviewRow rejected = preview.getItems().stream().filter(r -> r.line() == 7).findFirst().orElseThrow();
        assertThat(rejected.outcome()).isEqualTo(PreviewRow.Outcome.REJECT);
        assertThat(rejected.problems()).extracting(RowProblem::toString).containsExactly("line 7, principal: '-500' is negative");
        PreviewRow first = preview.getItems().get(0);
        assertThat(first.values()).containsEntry("mobilePhone", "+8613800138000").containsEntry("principal", "12345.67")
                .containsEntry("zone", "Asia/Shanghai");
        assertThat(robot.lookup(".import-rejected").queryAll()).as("rejected rows are highlighted").isNotEmpty();

        robot.clickOn("#import-run");
        waitUntil(() -> robot.lookup("#import-result").tryQuery().map(n -> ((Label) n).getText().startsWith("Read 9 rows: 3 imported"))
                .orElse(false));
        assertThat(workspace.debtCount()).isEqualTo(3);
        waitUntil(() -> robot.lookup("#debtor-count").tryQuery().map(n -> ((Label) n).getText().equals("2 debtors"))
                .orElse(false));

        Path rejectedFile = dir.resolve("rejected-" + System.nanoTime() + ".csv");
        robot.interact(() -> robot.lookup("#import-rejected-file").queryAs(TextField.class).setText(rejectedFile.toString()));
        robot.clickOn("#import-save-rejected");
        waitUntil(() -> Files.exists(rejectedFile));
        List<String> lines = Files.readAllLines(rejectedFile);
        assertThat(lines).hasSize(7).anyMatch(l -> l.startsWith("7,principal,欠款金额(元),'-500' is negative,刘洋"));
        robot.clickOn("#import-close");

        robot.clickOn("#export-button");
        waitUntil(() -> robot.lookup("#export-what").tryQuery().isPresent());
        Path export = dir.resolve("debts-" + System.nanoTime() + ".csv");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<ExportService.Format> format = robot.lookup("#export-format").queryAs(ComboBox.class);
            format.setValue(ExportService.Format.CSV);
            robot.lookup("#export-file").queryAs(TextField.class).setText(export.toString());
        });
        robot.clickOn("#export-run");
        waitUntil(() -> robot.lookup("#export-done").tryQuery().map(n -> ((Label) n).getText().startsWith("Exported 3 rows to"))
                .orElse(false));
        assertThat(Files.readAllLines(export)).hasSize(4).anyMatch(l -> l.contains(",JD-0001,"));
        assertThat(workspace.debtors().count(DebtorFilter.ALL)).isEqualTo(2);
        robot.clickOn("#export-close");
        waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isEmpty());
    }

    private static String field(FxRobot robot, int column) {
        @SuppressWarnings("unchecked")
        ComboBox<String> box = robot.lookup("#import-field-" + column).queryAs(ComboBox.class);
        return box.getValue();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
