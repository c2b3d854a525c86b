package org.recoup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recoup.domain.Language;
import org.recoup.domain.view.DebtorRow;
import org.recoup.service.UserSettings;
import org.recoup.service.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;

/** The foundation's end-to-end path through the window: create, find, edit, see it in the list. */
@ExtendWith(ApplicationExtension.class)
class DebtorWorkflowUiTest {

    @TempDir
    static Path dir;

    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workspace = Workspace.open(dir.resolve("ui-" + System.nanoTime()));
        I18n i18n = new I18n(Language.EN);
        DialogService dialogs = new DialogService(i18n);
        TaskRunner tasks = new TaskRunner(dialogs::showError);
        UserSettings settings = new UserSettings(Preferences.userRoot().node("org/recoup/test-" + System.nanoTime()));
        AppContext context = new AppContext(i18n, tasks, dialogs, Clock.systemDefaultZone(), settings);
        window = new MainWindow(context);
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
    void createdDebtorWithTwoLocationsAndADebtIsFoundEditedAndListed(FxRobot robot) throws Exception {
        robot.clickOn("#nav-debtors");
        robot.clickOn("#new-debtor");
        robot.clickOn("#debtor-name").write("Zhang Wei");
        robot.interact(() -> robot.lookup("#debtor-native-name").queryAs(TextField.class).setText("张伟"));
        robot.clickOn("#add-address");
        robot.clickOn("#location-1-line").write("88 Jianguo Road");
        robot.clickOn("#location-1-city").write("Beijing");
        robot.clickOn("#location-1-postal").write("100020");
        robot.clickOn("#location-1-country").write("CN");
        robot.clickOn("#add-phone");
        robot.clickOn("#location-2-phone").write("138 0013 8000");
        robot.clickOn("#editor-save");
        waitUntil(() -> robot.lookup("#detail-name").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("Zhang Wei")).orElse(false));

        robot.clickOn("#add-debt");
        robot.clickOn("#debt-new-client").write("Acme Lending");
        robot.clickOn("#debt-reference").write("ACC-7781");
        robot.interact(() -> robot.lookup("#debt-currency").queryComboBox().setValue("CNY"));
        robot.clickOn("#debt-principal").write("12500.50");
        robot.clickOn("#editor-save");
        waitUntil(() -> robot.lookup("#debts-table").queryTableView().getItems().size() == 1);

        robot.clickOn("#global-search").write("acc-77");
        waitUntil(() -> robot.lookup(".search-hit").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#detail-name").queryAs(Label.class).getText().equals("Zhang Wei"));

        robot.clickOn("#edit-debtor");
        robot.doubleClickOn("#debtor-name").eraseText(12).write("Zhang Weiming");
        robot.clickOn("#editor-save");
        waitUntil(() -> robot.lookup("#detail-name").queryAs(Label.class).getText().equals("Zhang Weiming"));

        @SuppressWarnings("unchecked")
        TableView<DebtorRow> table = robot.lookup("#debtor-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1 && "Zhang Weiming".equals(table.getItems().get(0).name()));
        DebtorRow row = table.getItems().get(0);
        assertThat(row.nativeName()).isEqualTo("张伟");
        assertThat(row.balance()).isEqualByComparingTo("12500.50");
        assertThat(row.currency()).isEqualTo("CNY");
        assertThat(workspace.debtors().detail(row.id()).orElseThrow().locations())
                .extracting(l -> l.timeZone()).containsExactly("Asia/Shanghai", "Asia/Shanghai");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
