package org.recoup.ui.settings;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.Validate;
import org.recoup.domain.ValidationException;
import org.recoup.service.letters.LetterheadForm;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.Validation;

import atlantafx.base.theme.Styles;

/**
 * Settings > Letterhead: the agency's name, address, licence number, telephone, e-mail, logo and
 * signatory (and where debtors pay), printed on every letter; kept in the database.
 */
public final class LetterheadSettings extends VBox {

    private final AppContext context;
    private final ValidationSupport validation = Validation.support();
    private final TextField name = field("letterhead-name");
    private final TextField nativeName = field("letterhead-native-name");
    private final TextArea address = new TextArea();
    private final TextField licence = field("letterhead-licence");
    private final TextField phone = field("letterhead-phone");
    private final TextField email = field("letterhead-email");
    private final TextField signatory = field("letterhead-signatory");
    private final TextField signatoryTitle = field("letterhead-signatory-title");
    private final TextField payName = field("letterhead-pay-name");
    private final TextField payBank = field("letterhead-pay-bank");
    private final TextField payNumber = field("letterhead-pay-number");
    private final ImageView logoView = new ImageView();
    private final Label logoNone = new Label();
    private final Label status = new Label();
    private byte[] logo;

    public LetterheadSettings(AppContext context) {
        this.context = context;
        setId("letterhead-settings");
        Label intro = new Label(context.t("settings.letterhead.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        address.setId("letterhead-address");
        address.setPrefRowCount(3);
        address.setWrapText(false);
        logoView.setPreserveRatio(true);
        logoView.setFitWidth(180);
        logoView.setFitHeight(72);
        logoView.setId("letterhead-logo");
        logoNone.setText(context.t("settings.letterhead.noLogo"));
        logoNone.getStyleClass().add(Styles.TEXT_MUTED);
        Button chooseLogo = new Button(context.t("settings.letterhead.chooseLogo"), new FontIcon(Feather.IMAGE));
        chooseLogo.setId("letterhead-choose-logo");
        chooseLogo.setOnAction(e -> chooseLogo());
        Button removeLogo = new Button(context.t("settings.letterhead.removeLogo"));
        removeLogo.getStyleClass().add(Styles.FLAT);
        removeLogo.setOnAction(e -> setLogo(null));
        HBox logoRow = new HBox(10, logoView, logoNone, chooseLogo, removeLogo);
        logoRow.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(520);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label("settings.letterhead.name", true), name);
        grid.addRow(row++, label("settings.letterhead.nativeName", false), nativeName);
        grid.addRow(row++, label("settings.letterhead.address", false), address);
        grid.addRow(row++, label("settings.letterhead.licence", false), licence);
        grid.addRow(row++, label("settings.letterhead.phone", false), phone);
        grid.addRow(row++, label("settings.letterhead.email", false), email);
        grid.addRow(row++, label("settings.letterhead.logo", false), logoRow);
        grid.addRow(row++, label("settings.letterhead.signatory", true), signatory);
        grid.addRow(row++, label("settings.letterhead.signatoryTitle", false), signatoryTitle);
        Label payTitle = new Label(context.t("settings.letterhead.payTitle"));
        payTitle.getStyleClass().add(Styles.TITLE_4);
        grid.add(payTitle, 0, row++, 2, 1);
        grid.addRow(row++, label("settings.letterhead.payAccountName", false), payName);
        grid.addRow(row++, label("settings.letterhead.payBank", false), payBank);
        grid.addRow(row++, label("settings.letterhead.payAccountNumber", false), payNumber);

        validation.registerValidator(name, Validator.createEmptyValidator(context.t("validation.required")));
        validation.registerValidator(signatory, Validator.createEmptyValidator(context.t("validation.required")));
        validation.registerValidator(email, false, (Control c, String value) -> ValidationResult.fromMessageIf(c,
                context.t("settings.letterhead.emailInvalid"), Severity.ERROR,
                value != null && !value.isBlank() && !Validate.isEmail(value)));

        Button save = new Button(context.t("settings.save"), new FontIcon(Feather.SAVE));
        save.setId("letterhead-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(validation.invalidProperty());
        save.setOnAction(e -> save());
        status.setId("letterhead-status");
        status.setWrapText(true);
        HBox actions = new HBox(12, save, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(10, 16, 12, 16));
        actions.getStyleClass().add("settings-actions");
        // the form scrolls, Save stays in sight
        VBox form = new VBox(12, intro, grid);
        form.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(scroll, actions);
        for (TextInputControl f : List.of(nativeName, address, licence, phone, signatoryTitle, payName, payBank,
                payNumber)) {
            f.textProperty().addListener((o, a, b) -> f.pseudoClassStateChanged(Styles.STATE_DANGER, false));
        }
        setLogo(null);
        load();
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private Label label(String key, boolean required) {
        Label l = new Label(context.t(key) + (required ? " *" : ""));
        l.setMinWidth(Control.USE_PREF_SIZE);
        return l;
    }

    private void load() {
        var letters = context.workspace().letters();
        context.tasks().run(p -> letters.letterhead(), found -> found.ifPresentOrElse(this::fill,
                () -> status.setText(context.t("settings.letterhead.none"))));
    }

    private void fill(LetterheadForm f) {
        name.setText(nz(f.name()));
        nativeName.setText(nz(f.nativeName()));
        address.setText(nz(f.address()));
        licence.setText(nz(f.licence()));
        phone.setText(nz(f.phone()));
        email.setText(nz(f.email()));
        signatory.setText(nz(f.signatory()));
        signatoryTitle.setText(nz(f.signatoryTitle()));
        payName.setText(nz(f.payAccountName()));
        payBank.setText(nz(f.payBank()));
        payNumber.setText(nz(f.payAccountNumber()));
        setLogo(f.logo());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void setLogo(byte[] bytes) {
        logo = bytes;
        Image image = bytes == null ? null : new Image(new ByteArrayInputStream(bytes));
        logoView.setImage(image != null && !image.isError() ? image : null);
        logoView.setVisible(logoView.getImage() != null);
        logoView.setManaged(logoView.isVisible());
        logoNone.setVisible(!logoView.isVisible());
        logoNone.setManaged(logoNone.isVisible());
    }

    private void chooseLogo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.t("settings.letterhead.chooseLogo"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG, JPEG", "*.png", "*.jpg", "*.jpeg"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            context.tasks().run(p -> Files.readAllBytes(file.toPath()), this::setLogo);
        }
    }

    /** The form as typed. */
    LetterheadForm form() {
        return new LetterheadForm(name.getText(), nativeName.getText(), address.getText(), licence.getText(),
                phone.getText(), email.getText(), logo, signatory.getText(), signatoryTitle.getText(),
                payName.getText(), payBank.getText(), payNumber.getText());
    }

    private void save() {
        LetterheadForm form = form();
        var letters = context.workspace().letters();
        status.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        status.setText("");
        context.tasks().run(p -> letters.saveLetterhead(form), saved -> {
            fill(saved);
            status.getStyleClass().add(Styles.SUCCESS);
            status.setText(context.t("settings.letterhead.saved"));
        }, error -> {
            if (error instanceof ValidationException invalid) {
                status.getStyleClass().add(Styles.DANGER);
                status.setText(problemText(invalid));
                fieldOf(invalid.field()).ifPresent(f -> {
                    f.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                    f.requestFocus();
                });
            } else {
                context.dialogs().showError(error);
            }
        });
    }

    /** "Licence number: is longer than 100 characters": the field as the form labels it, and what is wrong. */
    private String problemText(ValidationException invalid) {
        String key = "settings." + invalid.field();
        String label = context.t(key);
        return label.equals(key) ? invalid.reason() : label + ": " + invalid.reason();
    }

    /** The input of a field the service names, e.g. {@code letterhead.email}. */
    private Optional<TextInputControl> fieldOf(String field) {
        Map<String, TextInputControl> inputs = Map.ofEntries(Map.entry("letterhead.name", name),
                Map.entry("letterhead.nativeName", nativeName), Map.entry("letterhead.address", address),
                Map.entry("letterhead.licence", licence), Map.entry("letterhead.phone", phone),
                Map.entry("letterhead.email", email), Map.entry("letterhead.signatory", signatory),
                Map.entry("letterhead.signatoryTitle", signatoryTitle),
                Map.entry("letterhead.payAccountName", payName), Map.entry("letterhead.payBank", payBank),
                Map.entry("letterhead.payAccountNumber", payNumber));
        return Optional.ofNullable(inputs.get(field));
    }
}
