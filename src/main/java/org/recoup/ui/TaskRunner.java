package org.recoup.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

import org.recoup.service.Progress;

/**
 * The one place where the window runs work off the JavaFX thread: database calls, letters,
 * imports. Long work reports progress and can be cancelled; the status bar shows the current one.
 * Results and errors come back on the JavaFX thread.
 */
public final class TaskRunner {

    /** Work to run in the background; it reports progress and checks for cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final ExecutorService executor;
    private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>();
    private final Consumer<Throwable> defaultOnError;

    public TaskRunner(Consumer<Throwable> defaultOnError) {
        this.defaultOnError = defaultOnError;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "recoup-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(2, threads);
    }

    /** The long task shown in the status bar, or null. */
    public ReadOnlyObjectProperty<Task<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Runs quick work (a query) in the background; {@code onDone} gets its result on the JavaFX thread. */
    public <T> Task<T> run(Work<T> work, Consumer<T> onDone) {
        return submit(null, false, work, onDone, defaultOnError);
    }

    public <T> Task<T> run(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        return submit(null, false, work, onDone, onError);
    }

    /** Runs long work with a title, shown with its progress bar and a cancel button. */
    public <T> Task<T> runLong(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        return submit(title, true, work, onDone, onError);
    }

    /** Runs long work that cannot be stopped half-way (opening the database), shown without a cancel button. */
    public <T> Task<T> runUninterruptible(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        return submit(title, false, work, onDone, onError);
    }

    /** Whether the long task shown may be cancelled. */
    public boolean isCancellable(Task<?> task) {
        return task instanceof ProgressTask<?> progressTask && progressTask.cancellable;
    }

    private <T> Task<T> submit(String title, boolean cancellable, Work<T> work, Consumer<T> onDone,
                               Consumer<Throwable> onError) {
        ProgressTask<T> task = new ProgressTask<>(title, cancellable, work);
        task.setOnSucceeded(e -> {
            clearIfCurrent(task);
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            clearIfCurrent(task);
            onError.accept(task.getException());
        });
        task.setOnCancelled(e -> clearIfCurrent(task));
        if (title != null) {
            runOnFx(() -> current.set(task));
        }
        executor.execute(task);
        return task;
    }

    /** A JavaFX task that is also the {@link Progress} its work reports to. */
    private static final class ProgressTask<T> extends Task<T> implements Progress {
        private final String title;
        private final boolean cancellable;
        private final Work<T> work;

        ProgressTask(String title, boolean cancellable, Work<T> work) {
            this.title = title;
            this.cancellable = cancellable;
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            if (title != null) {
                updateMessage(title);
            }
            return work.run(this);
        }

        @Override
        public void update(long done, long total, String message) {
            updateProgress(done, total);
            if (message != null) {
                updateMessage(message);
            }
        }
    }

    private void clearIfCurrent(Task<?> task) {
        if (current.get() == task) {
            current.set(null);
        }
    }

    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Stops taking work; running work is interrupted. */
    public void shutdown() {
        executor.shutdownNow();
    }
}
