package org.recoup.ui.money;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;

import org.recoup.domain.DebtStatus;
import org.recoup.domain.Frequency;
import org.recoup.domain.Language;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.domain.view.DebtorRow;
import org.recoup.domain.view.DebtorSort;
import org.recoup.service.Progress;
import org.recoup.service.UserSettings;
import org.recoup.service.Workspace;
import org.recoup.service.debts.DebtView;
import org.recoup.service.money.MoneyService;
import org.recoup.service.money.PaymentRequest;
import org.recoup.service.money.PlanRequest;
import org.recoup.service.money.PlanView;
import org.recoup.ui.AppContext;
import org.recoup.ui.DialogService;
import org.recoup.ui.I18n;
import org.recoup.ui.MainWindow;
import org.recoup.ui.TaskRunner;

import atlantafx.base.theme.PrimerLight;

/**
 * Not a test: makes the screenshots of the "Plan and payments" tab under a real display (Xvfb).
 * The first run into a folder builds a demo portfolio there (300 debtors) with a plan in
 * progress, a broken plan and an open debt without a plan, agreeing and paying them on past days
 * through a clock set back; then it opens the window at 1400x900 and captures, in the language
 * asked (en or zh, suffix {@code -zh}): {@code plan-progress}, {@code plan-broken} (the list, the
 * header and the tab), {@code plan-broken-scrolled}, {@code plan-tab} (the plan editor with its
 * preview over the tab: docs/screenshots/plan-tab.png) and {@code payment-receipt} (which
 * records a payment, so use a fresh folder for each language to see the limitation warning).
 *
 * <pre>./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * xvfb-run -a -s "-screen 0 1400x900x24" java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.recoup.ui.money.PlanTabScreenshots /tmp/shots en</pre>
 */
public final class PlanTabScreenshots {

    private static Path dir;
    private static Language language;

    public static void main(String[] args) throws Exception {
        dir = Path.of(args[0]);
        language = Language.fromCode(args.length > 1 ? args[1] : "en");
        Files.createDirectories(dir);
        if (!Files.exists(dir.resolve("ids.properties"))) {
            prepare();
        }
        Application.launch(App.class, args);
        System.exit(0);
    }

    /** The demo data: three debtors near the top of the list, each with one open USD debt. */
    private static void prepare() throws IOException {
        LocalDate today = LocalDate.now();
        LocalDate past = today.minusDays(75);
        MoneyUiFixture.MovableClock clock = new MoneyUiFixture.MovableClock(past.atTime(10, 0).toInstant(ZoneOffset.UTC));
        Properties ids = new Properties();
        try (Workspace workspace = Workspace.open(dir.resolve("demo"), clock)) {
            workspace.demo().generate(300, 11, past, Progress.NONE, (d, n) -> { });
            MoneyService money = workspace.money();
            List<DebtView> picked = new java.util.ArrayList<>();
            for (DebtorRow row : workspace.debtors().page(DebtorFilter.ALL, DebtorSort.NAME, true, 0, 60)) {
                List<DebtView> debts = workspace.debts().forDebtor(row.id());
                if (debts.size() == 1 && debts.get(0).currency().equals("USD")
                        && debts.get(0).status() == DebtStatus.ACTIVE
                        && debts.get(0).balance().owed().amount().compareTo(new BigDecimal("1500")) > 0
                        && money.plan(debts.get(0).id()).isEmpty()) {
                    picked.add(debts.get(0));
                }
                if (picked.size() == 3) {
                    break;
                }
            }
            DebtView progressing = picked.get(0);
            DebtView broken = picked.get(1);
            DebtView open = picked.get(2);

            PlanView plan = money.agreePlan(progressing.id(), PlanRequest.instalments(new BigDecimal("300"), 6,
                    Frequency.MONTHLY, past.plusDays(5), true)).plan();
            PlanView second = money.agreePlan(broken.id(), PlanRequest.instalments(null, 4, Frequency.MONTHLY,
                    past.plusDays(3), true)).plan();
            var schedule = plan.instalments();
            pay(money, clock, broken.id(), second.instalments().get(0).due(),
                    second.instalments().get(0).amount().amount(), "ALI 99120");
            int n = 0;
            for (PlanView.InstalmentView due : schedule) {
                String reference = "TRF " + (40211 + 313 * n++);
                if (due.due().isBefore(today.minusDays(2))) {
                    pay(money, clock, progressing.id(), due.due().plusDays(n == 2 ? 2 : 0), due.amount().amount(), reference);
                } else {
                    pay(money, clock, progressing.id(), today.minusDays(1),
                            due.amount().amount().divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN), "CHQ 1187");
                    break;
                }
            }

            ids.setProperty("progressing", String.valueOf(progressing.debtorId()));
            ids.setProperty("broken", String.valueOf(broken.debtorId()));
            ids.setProperty("open", String.valueOf(open.debtorId()));
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("ids.properties"))) {
            ids.store(out, "debtors for the screenshots");
        }
    }

    private static void pay(MoneyService money, MoneyUiFixture.MovableClock clock, long debtId, LocalDate on,
                            BigDecimal amount, String reference) {
        LocalDate now = LocalDate.now(clock);
        if (on.isAfter(now)) {
            clock.advance(java.time.Duration.ofDays(on.toEpochDay() - now.toEpochDay()));
        }
        money.recordPayment(new PaymentRequest(debtId, amount, on, PaymentMethod.BANK_TRANSFER, reference, null));
    }

    /** The window (a class of its own: the launcher of a class extending Application wants JavaFX modules). */
    public static final class App extends Application {

    private Stage stage;
    private AppContext context;
    private Workspace workspace;

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Override
    public void start(Stage primary) throws IOException {
        this.stage = primary;
        Properties ids = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("ids.properties"))) {
            ids.load(in);
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n i18n = new I18n(language);
        DialogService dialogs = new DialogService(i18n);
        TaskRunner tasks = new TaskRunner(dialogs::showError);
        UserSettings settings = new UserSettings(Preferences.userRoot().node("org/recoup/screenshots"));
        context = new AppContext(i18n, tasks, dialogs, Clock.systemDefaultZone(), settings);
        MainWindow window = new MainWindow(context);
        Scene scene = new Scene(window, 1400, 900);
        scene.getStylesheets().add(Objects.requireNonNull(
                org.recoup.ui.RecoupApp.class.getResource("recoup.css")).toExternalForm());
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        dialogs.setOwner(stage);
        stage.show();
        workspace = Workspace.open(dir.resolve("demo"));
        context.workspaceProperty().set(workspace);
        Thread script = new Thread(() -> script(Long.parseLong(ids.getProperty("progressing")),
                Long.parseLong(ids.getProperty("broken")), Long.parseLong(ids.getProperty("open"))));
        script.setDaemon(true);
        script.start();
    }

    private void script(long progressing, long broken, long open) {
        try {
            String suffix = language == Language.EN ? "" : "-" + language.code();
            pause(4000);
            showTab(progressing);
            capture("plan-progress" + suffix);
            showTab(broken);
            capture("plan-broken" + suffix);
            fx(() -> {
                ((javafx.scene.control.ScrollPane) stage.getScene().lookup(".money-tab > .scroll-pane")).setVvalue(1);
                return null;
            });
            pause(1000);
            capture("plan-broken-scrolled" + suffix);
            showTab(open);
            Platform.runLater(() -> ((Button) stage.getScene().lookup("#money-plan")).fire());
            pause(1500);
            fx(() -> {
                Scene dialog = dialogScene("#plan-editor");
                Spinner<?> count = (Spinner<?>) dialog.lookup("#plan-count");
                count.getEditor().setText("9");
                ((DatePicker) dialog.lookup("#plan-start")).setValue(LocalDate.now().plusDays(10));
                ((javafx.scene.control.TextField) dialog.lookup("#plan-down")).setText("250");
                return null;
            });
            pause(2500);
            capture("plan-tab" + suffix);
            fx(() -> {
                dialogScene("#plan-editor").getWindow().hide();
                return null;
            });
            pause(1000);
            Platform.runLater(() -> ((Button) stage.getScene().lookup("#money-record-payment")).fire());
            pause(1500);
            fx(() -> {
                ((javafx.scene.control.TextField) dialogScene("#payment-dialog").lookup("#payment-amount")).setText("1,250.00");
                ((javafx.scene.control.TextField) dialogScene("#payment-dialog").lookup("#payment-reference")).setText("TRF 88120");
                return null;
            });
            pause(1500);
            fx(() -> {
                ((Button) dialogScene("#payment-dialog").lookup("#payment-save")).fire();
                return null;
            });
            pause(2500);
            capture("payment-receipt" + suffix);
            fx(() -> {
                dialogScene("#payment-dialog").getWindow().hide();
                return null;
            });
            pause(500);
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
        }
    }

    private Scene dialogScene(String id) {
        return Window.getWindows().stream().filter(w -> w != stage).map(Window::getScene)
                .filter(s -> s.lookup(id) != null).findFirst().orElseThrow();
    }

    private void showTab(long debtorId) throws Exception {
        fx(() -> {
            context.openDebtor(debtorId);
            return null;
        });
        pause(2000);
        fx(() -> {
            TabPane tabs = (TabPane) stage.getScene().lookup("#debtor-detail .tab-pane");
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "detail-tab-plan".equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        pause(3500);
    }

    private void capture(String name) throws Exception {
        fx(() -> stage.getScene().snapshot(null)); // lays out and renders the scene now
        pause(1500);
        WritableImage image = fx(() -> new javafx.scene.robot.Robot().getScreenCapture(null, 0, 0, 1400, 900));
        Path out = dir.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        System.out.println("wrote " + out);
    }

    private static <T> T fx(Supplier<T> action) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(action.get());
            } finally {
                done.countDown();
            }
        });
        done.await();
        return result.get();
    }

    private static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }

    }
}
