package org.recoup.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.recoup.domain.ComplianceEvent;
import org.recoup.domain.ComplianceEventType;
import org.recoup.domain.DebtStatus;
import org.recoup.domain.Language;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.domain.view.DebtorRow;
import org.recoup.domain.view.DebtorSort;
import org.recoup.service.Workspace;
import org.recoup.service.letters.LetterLanguageChoice;
import org.recoup.store.Database;
import org.recoup.ui.letters.LetterPages;

/**
 * Not a test: on a demo database, records that one US debtor asked to cease contact, then shows a
 * US debtor's Letters tab with a bilingual demand rendered, and a batch of demands over
 * {@code status=ACTIVE,balance>=8000} with its report (the ceasing debtor's letter blocked), taking
 * a screenshot of each with ImageMagick's {@code import -window root}; for docs/screenshots under Xvfb.
 *
 * <pre>
 * java -jar target/recoup.jar demo --db /tmp/letters2-shot/db --debtors 400
 * xvfb-run -a -s "-screen 0 1400x900x24" java -cp target/classes:target/test-classes:target/lib/* \
 *     org.recoup.ui.LettersScreenshots /tmp/letters2-shot/db /tmp/letters2-shot/out docs/screenshots [en|zh]
 * </pre>
 */
public final class LettersScreenshots {

    /** How long to wait for the window to be ready before giving up. */
    private static final int WAIT_SECONDS = 180;

    static final String FILTER = "status=ACTIVE,balance>=8000";

    private static String[] arguments;
    private static long previewDebtor;

    private LettersScreenshots() {
    }

    public static void main(String[] args) {
        arguments = args;
        Path db = Path.of(args[0]);
        long[] chosen = chooseDebtors(db);
        previewDebtor = chosen[0];
        try (Database database = Database.open(db)) {
            Instant now = Instant.now();
            database.write(s -> s.events().append(ComplianceEvent.of(chosen[1], ComplianceEventType.CEASE,
                    now.minusSeconds(3 * 86_400), Set.of(), "letter received: stop contacting me", now)));
        }
        Application.launch(Shot.class, args);
    }

    /** A US debtor with an active debt who prefers Chinese (to preview), and another US one to cease. */
    private static long[] chooseDebtors(Path db) {
        try (Workspace workspace = Workspace.open(db)) {
            workspace.letters().useSampleLetterheadIfNone();
            DebtorFilter filter = workspace.debtors().parseFilter(FILTER);
            List<DebtorRow> rows = workspace.debtors().page(filter, DebtorSort.BALANCE, false, 0, 200).stream()
                    .filter(r -> r.homeZone() != null && r.homeZone().startsWith("America/")
                            && r.status() == DebtStatus.ACTIVE)
                    .toList();
            long preview = rows.stream().filter(r -> workspace.debtors().detail(r.id()).orElseThrow()
                    .preferredLanguage() == Language.ZH).findFirst().orElse(rows.get(0)).id();
            long cease = rows.stream().filter(r -> r.id() != preview).findFirst().orElseThrow().id();
            return new long[] {preview, cease};
        }
    }

    /** The application (a plain main class launches it, so that JavaFX may sit on the class path). */
    public static final class Shot extends Application {
        @Override
        public void start(Stage stage) {
            LettersScreenshots.start(stage);
        }
    }

    static void start(Stage stage) {
        Language language = arguments.length > 3 && arguments[3].equals("zh") ? Language.ZH : Language.EN;
        String suffix = language == Language.ZH ? "-zh" : "";
        ScreenshotSteps.Opened opened = ScreenshotSteps.openWindow(stage, Path.of(arguments[0]), language);
        Scene scene = opened.scene();
        Path shots = Path.of(arguments[2]);
        opened.window().openDebtor(previewDebtor);
        ScreenshotSteps.when(WAIT_SECONDS, () -> scene.lookup("#debtor-detail .tab-pane") != null, () -> {
            // working on letters, a user widens the detail pane: the page reads at about its own size
            ((SplitPane) scene.lookup(".split-pane")).setDividerPositions(0.3);
            TabPane tabs = (TabPane) scene.lookup("#debtor-detail .tab-pane");
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "detail-tab-letters".equals(t.getId())).findFirst().orElseThrow());
            ScreenshotSteps.when(WAIT_SECONDS, () -> scene.lookup("#letter-language") != null, () -> {
                comboOf(scene, "#letter-language").setValue(LetterLanguageChoice.EN_ZH);
                ScreenshotSteps.when(WAIT_SECONDS, () -> ((LetterPages) scene.lookup("#letter-pages")).pageCount() > 0, () -> ScreenshotSteps.after(1.5, () -> {
                    ScreenshotSteps.shoot(shots.resolve("letters-preview" + suffix + ".png"));
                    batch(scene, opened.window());
                }));
            });
        });
    }

    private static void batch(Scene scene, MainWindow window) {
        window.show(MainWindow.Place.LETTERS);
        ScreenshotSteps.when(WAIT_SECONDS, () -> scene.lookup("#batch-filter") != null, () -> {
            ((TextField) scene.lookup("#batch-filter")).setText(FILTER);
            ((TextField) scene.lookup("#batch-folder")).setText(arguments[1]);
            ScreenshotSteps.when(WAIT_SECONDS, () -> !scene.lookup("#batch-run").isDisabled(), () -> {
                ((Button) scene.lookup("#batch-run")).fire();
                ScreenshotSteps.when(WAIT_SECONDS, () -> scene.lookup("#batch-blocked-table") != null, () -> ScreenshotSteps.after(1.0, () -> {
                    ScrollPane scroll = (ScrollPane) ((Parent) scene.lookup("#letters-view")).getChildrenUnmodifiable().get(0);
                    scroll.setVvalue(1.0);
                    ScreenshotSteps.after(1.0, () -> {
                        ScreenshotSteps.shoot(Path.of(arguments[2]).resolve("letters-batch"
                                + (arguments.length > 3 && arguments[3].equals("zh") ? "-zh" : "") + ".png"));
                        Platform.exit();
                        System.exit(0);
                    });
                }));
            });
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboOf(Scene scene, String id) {
        return (ComboBox<T>) scene.lookup(id);
    }

    /** Runs {@code action} once {@code ready} holds, looking every quarter second for three minutes. */
}
