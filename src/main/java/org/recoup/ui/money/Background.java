package org.recoup.ui.money;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.recoup.ui.TaskRunner;

/**
 * How the money view models call the services: through the window's {@link TaskRunner} (results
 * and errors on the JavaFX thread), or at once in view-model tests.
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Quick work through the task runner ({@link TaskRunner#run}). */
    static Background of(TaskRunner tasks) {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                tasks.run(progress -> work.call(), onDone, onError);
            }
        };
    }
}
