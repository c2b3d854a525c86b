package org.recoup.service;

/**
 * How long work reports how far it got and learns that it should stop. The window's task runner
 * and the command line each supply one.
 */
public interface Progress {

    /** Nothing listens and nothing cancels. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    /** True once the user asked to stop; work checks it between steps and stops cleanly. */
    boolean isCancelled();
}
