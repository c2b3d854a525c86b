package org.recoup.ui.common;

import java.util.function.Function;

import javafx.util.StringConverter;

/** A converter for choice boxes and combo boxes that only show values: nothing is typed back. */
public final class DisplayConverter<T> extends StringConverter<T> {

    private final Function<T, String> text;
    private final boolean textForNull;

    private DisplayConverter(Function<T, String> text, boolean textForNull) {
        this.text = text;
        this.textForNull = textForNull;
    }

    /** Shows {@code text} of a value, and nothing for no value. */
    public static <T> DisplayConverter<T> of(Function<T, String> text) {
        return new DisplayConverter<>(text, false);
    }

    /** Shows {@code text} of every value, no value included (for a choice that means "none"). */
    public static <T> DisplayConverter<T> ofNullable(Function<T, String> text) {
        return new DisplayConverter<>(text, true);
    }

    @Override
    public String toString(T value) {
        return value == null && !textForNull ? "" : text.apply(value);
    }

    @Override
    public T fromString(String string) {
        return null;
    }
}
