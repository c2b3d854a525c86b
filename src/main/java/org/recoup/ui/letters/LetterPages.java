package org.recoup.ui.letters;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Cursor;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import org.recoup.service.letters.LetterTemplate;
import org.recoup.ui.AppContext;

/**
 * A letter's pages, one under the other as on paper, in a scrollable view; and printing such pages
 * through the system's print dialog.
 */
public final class LetterPages extends ScrollPane {

    private final VBox column = new VBox(16);
    private List<BufferedImage> shown = List.of();
    /** The title of the larger view a click on a page opens; null: pages are not clickable. */
    private String enlargedTitle;
    private String enlargeHint;

    public LetterPages() {
        getStyleClass().add("letter-pages");
        setId("letter-pages");
        column.setAlignment(Pos.TOP_CENTER);
        column.setPadding(new Insets(16));
        column.getStyleClass().add("letter-pages-column");
        setContent(column);
        setFitToWidth(true);
        setPannable(true);
    }

    /** Lets a click on a page open the pages in a window of their own, as large as the screen allows. */
    public void enlargeOnClick(String title, String hint) {
        this.enlargedTitle = title;
        this.enlargeHint = hint;
    }

    /** Shows these pages (empty: nothing). */
    public void show(List<BufferedImage> pages) {
        shown = List.copyOf(pages);
        List<StackPane> views = new ArrayList<>();
        for (BufferedImage page : pages) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.getStyleClass().add("letter-page-image");
            // as wide as the view allows, never wider than the page at its own resolution
            view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(120, Math.min(page.getWidth(), getViewportBounds().getWidth() - 36)),
                    viewportBoundsProperty()));
            StackPane sheet = new StackPane(view);
            sheet.getStyleClass().add("letter-page");
            sheet.setMaxWidth(Region.USE_PREF_SIZE);
            if (enlargedTitle != null) {
                sheet.setCursor(Cursor.HAND);
                Tooltip.install(sheet, new Tooltip(enlargeHint));
                sheet.setOnMouseClicked(e -> openLarge(getScene() == null ? null : getScene().getWindow(),
                        enlargedTitle, null, shown));
            }
            views.add(sheet);
        }
        column.getChildren().setAll(views);
        setVvalue(0);
    }

    /** How many pages are shown. */
    public int pageCount() {
        return column.getChildren().size();
    }

    /** Opens pages in a resizable window of their own (not modal: the user may keep it beside the app). */
    public static void openLarge(Window owner, String title, String header, List<BufferedImage> pages) {
        LetterPages view = new LetterPages();
        view.show(pages);
        view.setPrefSize(880, 760);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(view);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.initModality(Modality.NONE);
        dialog.initOwner(owner);
        dialog.show();
    }

    /**
     * Prints page images with the system's print dialog, each scaled to the printable area of the
     * chosen paper. Shows an error when there is no printer.
     */
    public static void print(AppContext context, Window owner, List<BufferedImage> pages) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            context.dialogs().showError(context.t("letters.print"), context.t("letters.print.none"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        boolean ok = true;
        for (BufferedImage page : pages) {
            Image image = SwingFXUtils.toFXImage(page, null);
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            ok &= job.printPage(layout, view);
        }
        if (ok) {
            job.endJob();
        } else {
            job.cancelJob();
            context.dialogs().showError(context.t("letters.print"), context.t("letters.print.failed"));
        }
    }

    /** A list cell that names a letter template in the window's language. */
    public static ListCell<LetterTemplate> templateCell(AppContext context) {
        return new ListCell<>() {
            @Override
            protected void updateItem(LetterTemplate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : context.i18n().t("letters.template", item));
            }
        };
    }
}
