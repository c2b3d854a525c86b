package org.recoup.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

/** A calm message where a view has nothing to show yet, saying why and what comes. */
public final class EmptyState extends VBox {

    public EmptyState(Ikon icon, String title, String explanation) {
        super(12);
        setAlignment(Pos.CENTER);
        getStyleClass().add("empty-state");
        FontIcon glyph = new FontIcon(icon);
        glyph.setIconSize(48);
        glyph.getStyleClass().add("empty-state-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label(explanation);
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setStyle("-fx-text-alignment: center;");
        getChildren().addAll(glyph, heading, text);
    }
}
