package org.recoup.service.check;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.recoup.domain.ValidationException;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON node with its path ("events[3].outcome"), read strictly: a field present but malformed is an error. */
final class Json {

    private final JsonNode node;
    private final String path;

    Json(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    private String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private ValidationException error(String field, String reason) {
        return new ValidationException(field, reason);
    }

    static String show(JsonNode v) {
        String s = v.isTextual() ? "'" + v.asText() + "'" : v.toString();
        s = s.replaceAll("\\s+", " ");
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    Json object() {
        if (!node.isObject()) {
            throw error(path.isEmpty() ? "scenario" : path, show(node) + " is not an object");
        }
        return this;
    }

    /** The field, or null when absent or JSON null. */
    Json opt(String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : new Json(v, child(name));
    }

    Json req(String name) {
        Json j = opt(name);
        if (j == null) {
            throw error(child(name), "is required");
        }
        return j;
    }

    List<Json> array() {
        if (!node.isArray()) {
            throw error(path, show(node) + " is not an array");
        }
        List<Json> list = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            list.add(new Json(node.get(i), path + "[" + i + "]"));
        }
        return list;
    }

    List<Json> optArray(String name) {
        Json j = opt(name);
        return j == null ? List.of() : j.array();
    }

    String text() {
        if (!node.isTextual()) {
            throw error(path, show(node) + " is not a string");
        }
        return node.asText();
    }

    String optText(String name) {
        Json j = opt(name);
        return j == null ? null : j.text();
    }

    String reqText(String name) {
        String s = req(name).text();
        if (s.isBlank()) {
            throw error(child(name), "is required");
        }
        return s;
    }

    boolean bool(String name) {
        Json j = opt(name);
        if (j == null) {
            return false;
        }
        if (!j.node.isBoolean()) {
            throw error(j.path, show(j.node) + " is not true or false");
        }
        return j.node.asBoolean();
    }

    int integer(String name) {
        Json j = req(name);
        if (!j.node.isIntegralNumber() || !j.node.canConvertToInt()) {
            throw error(j.path, show(j.node) + " is not a whole number");
        }
        return j.node.asInt();
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        String s = text();
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            String all = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw error(path, "'" + s + "' is not one of " + all);
        }
    }

    <E extends Enum<E>> E optEnum(String name, Class<E> type) {
        Json j = opt(name);
        return j == null ? null : j.enumValue(type);
    }

    <E extends Enum<E>> E reqEnum(String name, Class<E> type) {
        return req(name).enumValue(type);
    }

    private <T> T parse(String name, boolean required, String what, Function<String, T> parser) {
        Json j = required ? req(name) : opt(name);
        if (j == null) {
            return null;
        }
        String s = j.text();
        try {
            return parser.apply(s);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw error(j.path, "'" + s + "' is not " + what);
        }
    }

    Instant instant(String name, boolean required) {
        return parse(name, required, "an instant with Z or an offset, e.g. 2026-06-01T14:00:00Z",
                s -> OffsetDateTime.parse(s).toInstant());
    }

    LocalDate date(String name) {
        return parse(name, false, "a date, e.g. 2026-06-03", LocalDate::parse);
    }

    LocalDate reqDate(String name) {
        return parse(name, true, "a date, e.g. 2026-06-03", LocalDate::parse);
    }

    LocalTime time(String name) {
        return parse(name, true, "a local time, e.g. 08:00",
                s -> s.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(s));
    }

    ZoneId zone(String name) {
        return parse(name, false, "an IANA time zone, e.g. America/Chicago", ZoneId::of);
    }

    DayOfWeek day() {
        String s = text().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(s) || d.name().substring(0, 3).equals(s)) {
                return d;
            }
        }
        throw error(path, "'" + text() + "' is not a day (MON, TUE, WED, THU, FRI, SAT, SUN)");
    }

    BigDecimal amount(String name) {
        Json j = req(name);
        if (j.node.isNumber()) {
            return j.node.decimalValue();
        }
        String s = j.text();
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw error(j.path, "'" + s + "' is not a decimal amount, e.g. \"1000.00\"");
        }
    }
}
