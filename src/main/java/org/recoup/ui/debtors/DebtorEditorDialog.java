package org.recoup.ui.debtors;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.recoup.domain.DebtorKind;
import org.recoup.domain.Language;
import org.recoup.domain.LocationKind;
import org.recoup.domain.PhoneType;
import org.recoup.service.debtors.DebtorDetail;
import org.recoup.service.debtors.DebtorForm;
import org.recoup.ui.AppContext;
import org.recoup.ui.common.Validation;

import atlantafx.base.theme.Styles;

/**
 * Creating and editing a debtor. Fields are checked as the user types (ControlsFX decorations);
 * Save stays off while something is wrong; saving runs in the background and a refusal from the
 * domain is shown in the dialog, which stays open with everything typed.
 */
public final class DebtorEditorDialog extends Dialog<Long> {

    private static final List<String> ZONES = new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds()));

    private final AppContext context;
    private final DebtorDetail original;
    private final ValidationSupport validation = Validation.support();
    private final ComboBox<DebtorKind> kind = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField nativeName = new TextField();
    private final ComboBox<Language> language = new ComboBox<>();
    private final TextArea notes = new TextArea();
    private final VBox locationRows = new VBox(10);
    private final List<LocationModel> locations = new ArrayList<>();
    private final Label error = new Label();
    private final BooleanProperty saving = new SimpleBooleanProperty();

    public static Optional<Long> create(AppContext context) {
        return new DebtorEditorDialog(context, null).showAndWait();
    }

    public static Optional<Long> edit(AppContext context, DebtorDetail debtor) {
        return new DebtorEditorDialog(context, debtor).showAndWait();
    }

    private DebtorEditorDialog(AppContext context, DebtorDetail original) {
        this.context = context;
        this.original = original;
        initOwner(context.dialogs().owner());
        setTitle(context.t(original == null ? "editor.debtor.new" : "editor.debtor.edit"));
        setHeaderText(getTitle());
        setResizable(true);
        getDialogPane().setId("debtor-editor");

        kind.getItems().setAll(DebtorKind.values());
        kind.setConverter(converter("debtor.kind"));
        language.getItems().setAll(Language.values());
        language.setConverter(converter("language"));
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        name.setId("debtor-name");
        nativeName.setId("debtor-native-name");

        if (original != null) {
            kind.setValue(original.kind());
            name.setText(original.name());
            nativeName.setText(original.nativeName() == null ? "" : original.nativeName());
            language.setValue(original.preferredLanguage());
            notes.setText(original.notes() == null ? "" : original.notes());
            original.locations().forEach(l -> addLocation(LocationModel.of(l.form())));
        } else {
            kind.setValue(DebtorKind.PERSON);
            language.setValue(context.i18n().language());
        }

        GridPane identity = new GridPane();
        identity.setHgap(10);
        identity.setVgap(8);
        identity.addRow(0, new Label(context.t("debtor.kind")), kind);
        identity.addRow(1, new Label(context.t("debtor.name")), name);
        identity.addRow(2, new Label(context.t("debtor.nativeName")), nativeName);
        identity.addRow(3, new Label(context.t("debtor.language")), language);
        identity.addRow(4, new Label(context.t("debtor.notes")), notes);
        GridPane.setHgrow(name, Priority.ALWAYS);

        Button addAddress = addButton("editor.addAddress", Feather.HOME, LocationKind.ADDRESS);
        Button addPhone = addButton("editor.addPhone", Feather.PHONE, LocationKind.PHONE);
        Button addEmail = addButton("editor.addEmail", Feather.AT_SIGN, LocationKind.EMAIL);
        Label locationsTitle = new Label(context.t("detail.locations"));
        locationsTitle.getStyleClass().add(Styles.TITLE_4);
        HBox adders = new HBox(8, addAddress, addPhone, addEmail);

        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setId("editor-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        VBox body = new VBox(14, identity, locationsTitle, locationRows, adders, error);
        body.setPadding(new Insets(8, 4, 8, 4));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(760);
        getDialogPane().setContent(scroll);

        ButtonType save = new ButtonType(context.t("editor.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("editor-save");
        saveButton.disableProperty().bind(validation.invalidProperty().or(saving).or(Bindings.isEmpty(locationRows.getChildren())));
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save();
        });

        validation.registerValidator(name, Validator.createEmptyValidator(context.t("validation.required")));
        setResultConverter(button -> null);
    }

    private Button addButton(String key, Feather icon, LocationKind kind) {
        Button button = new Button(context.t(key), new FontIcon(icon));
        button.getStyleClass().add(Styles.SMALL);
        button.setId("add-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        button.setOnAction(e -> addLocation(new LocationModel(kind)));
        return button;
    }

    private void addLocation(LocationModel model) {
        locations.add(model);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.getStyleClass().add("location-editor");
        int index = locations.size();
        String idPrefix = "location-" + index + "-";
        switch (model.kind()) {
            case ADDRESS -> {
                TextField line = field(model.addressLine, "location.addressLine", idPrefix + "line");
                TextField city = field(model.city, "location.city", idPrefix + "city");
                TextField region = field(model.region, "location.region", idPrefix + "region");
                TextField postal = field(model.postalCode, "location.postalCode", idPrefix + "postal");
                TextField country = field(model.country, "location.country", idPrefix + "country");
                country.setPrefColumnCount(3);
                grid.addRow(0, icon(Feather.HOME), line, city);
                grid.addRow(1, new Label(), region, new HBox(8, postal, country));
                GridPane.setHgrow(line, Priority.ALWAYS);
                register(country, () -> model.countryError());
            }
            case PHONE -> {
                TextField number = field(model.phone, "location.phone", idPrefix + "phone");
                ComboBox<PhoneType> type = new ComboBox<>();
                type.getItems().setAll(PhoneType.values());
                type.setConverter(converter("phoneType"));
                type.valueProperty().bindBidirectional(model.phoneType);
                grid.addRow(0, icon(Feather.PHONE), number, type);
                GridPane.setHgrow(number, Priority.ALWAYS);
                register(number, () -> model.phoneError(addressCountry()));
            }
            case EMAIL -> {
                TextField email = field(model.email, "location.email", idPrefix + "email");
                CheckBox employer = new CheckBox(context.t("location.employerProvided"));
                employer.selectedProperty().bindBidirectional(model.employerProvided);
                grid.addRow(0, icon(Feather.AT_SIGN), email, employer);
                GridPane.setHgrow(email, Priority.ALWAYS);
                register(email, model::emailError);
            }
        }
        ComboBox<String> zone = new ComboBox<>();
        zone.setEditable(true);
        zone.getItems().setAll(ZONES);
        zone.setId(idPrefix + "zone");
        zone.getEditor().textProperty().bindBidirectional(model.timeZone);
        Runnable prompt = () -> {
            String inferred = model.inferredZone();
            zone.setPromptText(inferred == null ? context.t("location.zone.choose") : context.t("location.zone.inferred", inferred));
        };
        prompt.run();
        model.phone.addListener((o, a, b) -> prompt.run());
        model.country.addListener((o, a, b) -> prompt.run());
        model.region.addListener((o, a, b) -> prompt.run());
        register(zone.getEditor(), model::zoneError);
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setId(idPrefix + "remove");
        int row = grid.getRowCount();
        grid.addRow(row, new Label(), new HBox(8, new Label(context.t("location.zone")), zone), remove);
        remove.setOnAction(e -> {
            locations.remove(model);
            locationRows.getChildren().remove(grid);
        });
        locationRows.getChildren().add(grid);
    }

    /** The country of the first address, for reading phone numbers written without a country code. */
    private String addressCountry() {
        return locations.stream().filter(l -> l.kind() == LocationKind.ADDRESS).map(l -> l.country.get())
                .filter(c -> c != null && !c.isBlank()).findFirst().orElse(null);
    }

    private static Node icon(Feather feather) {
        FontIcon icon = new FontIcon(feather);
        HBox box = new HBox(icon);
        box.setAlignment(Pos.CENTER);
        box.setMinWidth(24);
        return box;
    }

    private TextField field(javafx.beans.property.StringProperty property, String promptKey, String id) {
        TextField field = new TextField();
        field.setPromptText(context.t(promptKey));
        field.textProperty().bindBidirectional(property);
        field.setId(id);
        return field;
    }

    private void register(Control control, java.util.function.Supplier<String> check) {
        validation.registerValidator(control, false, (Control c, Object value) -> {
            String problem = check.get();
            return ValidationResult.fromMessageIf(c, problem == null ? "" : problem, Severity.ERROR, problem != null);
        });
    }

    private void save() {
        DebtorForm form = new DebtorForm(kind.getValue(), name.getText(), nativeName.getText(), language.getValue(),
                notes.getText(), locations.stream().map(LocationModel::toForm).toList());
        saving.set(true);
        error.setText("");
        var debtors = context.workspace().debtors();
        context.tasks().run(progress -> original == null ? debtors.create(form)
                        : debtors.update(original.id(), original.version(), form),
                saved -> {
                    saving.set(false);
                    setResult(saved.id());
                    close();
                },
                failure -> {
                    saving.set(false);
                    error.setText(failure instanceof org.recoup.domain.RecoupException ? failure.getMessage()
                            : context.t("error.unexpected", failure.getMessage()));
                });
    }

    private <E extends Enum<E>> javafx.util.StringConverter<E> converter(String prefix) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : context.i18n().t(prefix, value);
            }

            @Override
            public E fromString(String string) {
                return null;
            }
        };
    }
}
