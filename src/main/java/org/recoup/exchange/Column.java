package org.recoup.exchange;

/** A column of an exported table: its header and how its values are written. */
public record Column(String name, Type type) {

    /**
     * TEXT as is; INTEGER and DECIMAL as plain numbers (DECIMAL values come at their currency's
     * scale); DATE as ISO (2026-01-31; a date cell in XLSX); INSTANT as ISO-8601 UTC
     * (2026-01-31T09:30:00Z).
     */
    public enum Type { TEXT, INTEGER, DECIMAL, DATE, INSTANT }

    public static Column text(String name) {
        return new Column(name, Type.TEXT);
    }

    public static Column integer(String name) {
        return new Column(name, Type.INTEGER);
    }

    public static Column decimal(String name) {
        return new Column(name, Type.DECIMAL);
    }

    public static Column date(String name) {
        return new Column(name, Type.DATE);
    }

    public static Column instant(String name) {
        return new Column(name, Type.INSTANT);
    }
}
