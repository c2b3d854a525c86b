package org.recoup.compliance;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * A generic rule check, parameterised by pack data. It is evaluated for the proposal placed at an
 * instant {@code t}, with the proposal's own history.
 */
public interface Evaluator {

    /** What the rule finds with the proposal placed at {@code t}, or null when nothing. */
    Hit evaluate(Situation s, Instant t);

    /**
     * Called when {@link #evaluate} offends at {@code t}: the earliest instant at or after {@code t}
     * at which it no longer offends (a hit of BLOCK, or of any severity when {@code warnOffends}),
     * or a lower bound of it that is after {@code t}; null when that never happens. The default
     * suits rules whose result does not change with time.
     */
    default Instant clearFrom(Situation s, Instant t, boolean warnOffends) {
        return null;
    }

    /**
     * One hit of a rule: its severity and what to tell the collector, worded only when a finding
     * is made of it (the earliest-compliant search evaluates rules many times).
     */
    record Hit(Severity severity, Supplier<Text> wording) {

        public Text text() {
            return wording.get();
        }

        boolean offends(boolean warnOffends) {
            return severity == Severity.BLOCK || warnOffends;
        }
    }

    static Hit hit(Severity severity, String en, String zh) {
        Text text = new Text(en, zh);
        return new Hit(severity, () -> text);
    }

    static Hit lazy(Severity severity, Supplier<Text> wording) {
        return new Hit(severity, wording);
    }
}
