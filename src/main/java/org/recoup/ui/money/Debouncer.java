package org.recoup.ui.money;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs the latest of a burst of requests once the user pauses (the plan preview, as they type). */
@FunctionalInterface
public interface Debouncer {

    void request(Runnable action);

    /** On the JavaFX thread, {@code millis} after the last request. */
    static Debouncer fx(double millis) {
        PauseTransition pause = new PauseTransition(Duration.millis(millis));
        Runnable[] pending = new Runnable[1];
        pause.setOnFinished(e -> {
            Runnable action = pending[0];
            pending[0] = null;
            if (action != null) {
                action.run();
            }
        });
        return action -> {
            pending[0] = action;
            pause.playFromStart();
        };
    }
}
