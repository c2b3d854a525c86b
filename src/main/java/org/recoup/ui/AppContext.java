package org.recoup.ui;

import java.time.Clock;
import java.util.function.LongConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.recoup.service.UserSettings;
import org.recoup.service.Workspace;

/**
 * What every view needs, built once by the application: words, the task runner, dialogs, the
 * open workspace (null until the database is ready) and a way to open a debtor from anywhere.
 */
public final class AppContext {

    private final I18n i18n;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final UserSettings settings;
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private LongConsumer debtorOpener = id -> { };
    private java.util.function.Consumer<String> lettersOpener = filter -> { };
    private java.util.function.Consumer<org.recoup.domain.Language> languageSwitcher = language -> { };

    public AppContext(I18n i18n, TaskRunner tasks, DialogService dialogs, Clock clock, UserSettings settings) {
        this.i18n = i18n;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.settings = settings;
    }

    public I18n i18n() {
        return i18n;
    }

    public String t(String key, Object... args) {
        return i18n.t(key, args);
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public Clock clock() {
        return clock;
    }

    public UserSettings settings() {
        return settings;
    }

    public ObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    /** The open workspace; views only call this once it is ready. */
    public Workspace workspace() {
        Workspace open = workspace.get();
        if (open == null) {
            throw new IllegalStateException("the database is not open yet");
        }
        return open;
    }

    /** Shows the debtor with this id in the Debtors view. */
    public void openDebtor(long debtorId) {
        debtorOpener.accept(debtorId);
    }

    /** Shows the Letters screen with its batch set to the debtors this filter expression selects. */
    public void openLetters(String filterExpression) {
        lettersOpener.accept(filterExpression);
    }

    /** Rebuilds the window in another language (kept in the user's settings). */
    public void switchLanguage(org.recoup.domain.Language language) {
        languageSwitcher.accept(language);
    }

    void setLanguageSwitcher(java.util.function.Consumer<org.recoup.domain.Language> switcher) {
        this.languageSwitcher = switcher;
    }

    void setDebtorOpener(LongConsumer opener) {
        this.debtorOpener = opener;
    }

    void setLettersOpener(java.util.function.Consumer<String> opener) {
        this.lettersOpener = opener;
    }
}
