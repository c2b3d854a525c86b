package org.recoup.ui.settings;

import java.math.BigDecimal;
import java.util.List;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.ValidationException;
import org.recoup.service.reports.ClientInfo;
import org.recoup.service.reports.ReportService;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.Validation;

import atlantafx.base.theme.Styles;

/**
 * Settings > Clients: each client's commission rate, in percent of what is collected for it, which
 * the client statement charges; empty for none. Each row is saved on its own.
 */
public final class ClientSettings extends VBox {

    private final AppContext context;
    private final GridPane rows = new GridPane();
    private final Label empty = new Label();
    /** The clients the rows show, as last read. */
    private List<ClientInfo> shown;

    public ClientSettings(AppContext context) {
        super(12);
        this.context = context;
        setId("client-settings");
        setPadding(new Insets(16));
        Label intro = new Label(context.t("settings.clients.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        rows.setHgap(12);
        rows.setVgap(8);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        ScrollPane scroll = new ScrollPane(new VBox(12, rows, empty));
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(intro, scroll);
        reload();
    }

    /** Reads the clients and their rates again (clients come and go with imports and new debts). */
    public void reload() {
        ReportService reports = context.workspace().reports();
        context.tasks().run(p -> reports.clients(), this::show);
    }

    private void show(List<ClientInfo> clients) {
        if (clients.equals(shown)) {
            return; // as they are: rates being typed stay
        }
        shown = clients;
        rows.getChildren().clear();
        empty.setText(clients.isEmpty() ? context.t("settings.clients.none") : "");
        if (clients.isEmpty()) {
            return;
        }
        Label client = heading("settings.clients.client");
        Label rate = heading("settings.clients.rate");
        rows.addRow(0, client, rate);
        GridPane.setColumnSpan(rate, 2);
        int row = 1;
        for (ClientInfo info : clients) {
            new ClientRow(info).addTo(row++);
        }
    }

    private Label heading(String key) {
        Label label = new Label(context.t(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    /** One client: its name, its rate as typed, Save, and what became of the last save. */
    private final class ClientRow {
        private final ClientInfo client;
        private final TextField rate = new TextField();
        private final Button save = new Button(context.t("settings.save"), new FontIcon(Feather.SAVE));
        private final Label status = new Label();
        private final ValidationSupport validation = Validation.support();

        ClientRow(ClientInfo client) {
            this.client = client;
            rate.setId("client-rate-" + client.id());
            rate.setPrefColumnCount(7);
            rate.setPromptText(context.t("settings.clients.noRate"));
            rate.setText(text(client.commissionRate()));
            rate.setOnAction(e -> save());
            validation.registerValidator(rate, false, (Control c, String value) -> ValidationResult.fromMessageIf(c,
                    context.t("settings.clients.rateInvalid"), Severity.ERROR, !readable(value)));
            save.setId("client-save-" + client.id());
            save.disableProperty().bind(validation.invalidProperty());
            save.setOnAction(e -> save());
            status.setId("client-status-" + client.id());
            rate.textProperty().addListener((o, a, b) -> status.setText(""));
        }

        void addTo(int row) {
            Label name = new Label(client.name());
            name.setMinWidth(Control.USE_PREF_SIZE);
            HBox field = new HBox(6, rate, new Label("%"));
            field.setAlignment(Pos.CENTER_LEFT);
            rows.addRow(row, name, field, save, status);
            GridPane.setHalignment(save, HPos.LEFT);
        }

        private void save() {
            if (!readable(rate.getText())) {
                return;
            }
            BigDecimal percent = ReportService.parseCommissionRate(rate.getText());
            ReportService reports = context.workspace().reports();
            status.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            context.tasks().run(p -> reports.setCommissionRate(client.id(), percent), saved -> {
                shown = shown.stream().map(c -> c.id() == saved.id() ? saved : c).toList();
                rate.setText(text(saved.commissionRate()));
                status.getStyleClass().add(Styles.SUCCESS);
                status.setText(context.t("settings.clients.saved"));
            }, error -> {
                if (error instanceof ValidationException) {
                    status.getStyleClass().add(Styles.DANGER);
                    status.setText(context.t("settings.clients.rateInvalid"));
                } else {
                    context.dialogs().showError(error);
                }
            });
        }
    }

    private static boolean readable(String text) {
        try {
            ReportService.parseCommissionRate(text);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    private static String text(BigDecimal percent) {
        return percent == null ? "" : percent.stripTrailingZeros().toPlainString();
    }
}
