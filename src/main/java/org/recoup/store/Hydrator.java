package org.recoup.store;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Builds entities from rows of a hand-written query, as Hibernate would, for set-based reads of
 * many debtors at once (the work queue). A column {@code snake_case} fills the field
 * {@code snakeCase}; rows come from the database, so they are not validated again. Columns the
 * query leaves out stay unset.
 */
final class Hydrator<T> {

    private final Constructor<T> constructor;
    private final Field[] fields;
    private final Kind[] kinds;
    private final Class<?>[] enums;

    private enum Kind { STRING, LONG, LONG_BOX, INT, INT_BOX, BOOLEAN, INSTANT, DATE, TIME, DECIMAL, ENUM, LONGS }

    Hydrator(Class<T> type, ResultSetMetaData meta) throws SQLException {
        try {
            constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no no-argument constructor", e);
        }
        int count = meta.getColumnCount();
        fields = new Field[count];
        kinds = new Kind[count];
        enums = new Class<?>[count];
        for (int i = 0; i < count; i++) {
            String name = camel(meta.getColumnLabel(i + 1));
            Field field = find(type, name);
            if (field == null) {
                continue;
            }
            field.setAccessible(true);
            fields[i] = field;
            kinds[i] = kind(field.getType());
            enums[i] = field.getType();
        }
    }

    private static Field find(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    private static String camel(String column) {
        String lower = column.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean up = false;
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            if (ch == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return out.toString();
    }

    private static Kind kind(Class<?> type) {
        if (type == String.class) {
            return Kind.STRING;
        } else if (type == long.class) {
            return Kind.LONG;
        } else if (type == Long.class) {
            return Kind.LONG_BOX;
        } else if (type == int.class) {
            return Kind.INT;
        } else if (type == Integer.class) {
            return Kind.INT_BOX;
        } else if (type == boolean.class) {
            return Kind.BOOLEAN;
        } else if (type == Instant.class) {
            return Kind.INSTANT;
        } else if (type == LocalDate.class) {
            return Kind.DATE;
        } else if (type == LocalTime.class) {
            return Kind.TIME;
        } else if (type == BigDecimal.class) {
            return Kind.DECIMAL;
        } else if (type.isEnum()) {
            return Kind.ENUM;
        } else if (type == Long[].class) {
            return Kind.LONGS;
        }
        throw new IllegalStateException("cannot fill a field of type " + type);
    }

    /** The entity of the current row. */
    T read(ResultSet rs) throws SQLException {
        T entity;
        try {
            entity = constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        try {
            for (int i = 0; i < fields.length; i++) {
                Field field = fields[i];
                if (field == null) {
                    continue;
                }
                int column = i + 1;
                switch (kinds[i]) {
                    case STRING -> field.set(entity, rs.getString(column));
                    case LONG -> field.setLong(entity, rs.getLong(column));
                    case LONG_BOX -> {
                        long value = rs.getLong(column);
                        field.set(entity, rs.wasNull() ? null : value);
                    }
                    case INT -> field.setInt(entity, rs.getInt(column));
                    case INT_BOX -> {
                        int value = rs.getInt(column);
                        field.set(entity, rs.wasNull() ? null : value);
                    }
                    case BOOLEAN -> field.setBoolean(entity, rs.getBoolean(column));
                    case INSTANT -> {
                        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
                        field.set(entity, value == null ? null : value.toInstant());
                    }
                    case DATE -> field.set(entity, rs.getObject(column, LocalDate.class));
                    case TIME -> field.set(entity, rs.getObject(column, LocalTime.class));
                    case DECIMAL -> field.set(entity, rs.getBigDecimal(column));
                    case ENUM -> {
                        String value = rs.getString(column);
                        field.set(entity, value == null ? null : enumValue(enums[i], value));
                    }
                    case LONGS -> field.set(entity, longs(rs.getArray(column)));
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return entity;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static Long[] longs(Array array) throws SQLException {
        if (array == null) {
            return new Long[0];
        }
        Object[] values = (Object[]) array.getArray();
        Long[] result = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i] == null ? null : ((Number) values[i]).longValue();
        }
        return result;
    }
}
