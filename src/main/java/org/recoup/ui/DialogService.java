package org.recoup.ui;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.recoup.domain.RecoupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one way views show messages and errors to the user. */
public class DialogService {

    /** Fetched when first needed: the launcher sets logging up beside the window's start. */
    private static Logger log() {
        return LoggerFactory.getLogger(DialogService.class);
    }

    private final I18n i18n;
    private Window owner;

    public DialogService(I18n i18n) {
        this.i18n = i18n;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /**
     * Shows an error. A {@link RecoupException} carries a message written for the user; anything
     * else is logged and explained in general terms.
     */
    public void showError(Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof RecoupException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message;
        if (cause instanceof RecoupException expected) {
            message = expected.getMessage();
        } else {
            log().error("unexpected error", error);
            message = i18n.t("error.unexpected", String.valueOf(error.getMessage()));
        }
        showError(i18n.t("error.title"), message);
    }

    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }

    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }

    public Window owner() {
        return owner;
    }
}
