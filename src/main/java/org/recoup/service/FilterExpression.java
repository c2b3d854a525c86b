package org.recoup.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.recoup.domain.DebtStatus;
import org.recoup.domain.UserInputException;
import org.recoup.domain.view.DebtorFilter;

/**
 * The debtors list's filter written as text, for the command line ({@code --filter}):
 * comma-separated conditions, all of which must hold.
 *
 * <pre>
 *   status=ACTIVE                 a debt in this status
 *   client=Northwind Bank         a debt for this client (by name, any case)
 *   balance&gt;=1000  balance&lt;=5000   the debtor's balance
 *   name=zhang                    name (either script) starting with this
 *   lastContact&lt;30d               no contact in the last 30 days (or never)
 *   lastContact&gt;=7d               contacted in the last 7 days
 *   lastContact&lt;2026-10-01        no contact since that date (UTC)
 * </pre>
 */
public final class FilterExpression {

    private static final Pattern CONDITION = Pattern.compile("^\\s*([a-zA-Z]+)\\s*(>=|<=|=|<|>)\\s*(.+?)\\s*$");
    private static final Pattern DAYS = Pattern.compile("^(\\d{1,5})d$");

    private FilterExpression() {
    }

    /**
     * Reads an expression; {@code clientIds} finds a client's id by name.
     *
     * @throws UserInputException naming the condition that cannot be read
     */
    public static DebtorFilter parse(String expression, Function<String, Long> clientIds, Clock clock) {
        DebtorFilter filter = DebtorFilter.ALL;
        if (expression == null || expression.isBlank()) {
            return filter;
        }
        Instant now = Instant.now(clock);
        for (String condition : List.of(expression.split(","))) {
            Matcher m = CONDITION.matcher(condition);
            if (!m.matches()) {
                throw bad(condition, "write it as key=value, e.g. status=ACTIVE or balance>=1000");
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String op = m.group(2);
            String value = m.group(3);
            filter = switch (key) {
                case "status" -> {
                    requireEquals(condition, op);
                    try {
                        yield filter.withStatus(DebtStatus.valueOf(value.toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw bad(condition, "'" + value + "' is not a status (" + List.of(DebtStatus.values()) + ")");
                    }
                }
                case "client" -> {
                    requireEquals(condition, op);
                    Long id = clientIds.apply(value);
                    if (id == null) {
                        throw bad(condition, "there is no client named '" + value + "'");
                    }
                    yield filter.withClient(id);
                }
                case "name" -> {
                    requireEquals(condition, op);
                    yield filter.withNamePrefix(value);
                }
                case "balance" -> balance(filter, condition, op, value);
                case "lastcontact" -> lastContact(filter, condition, op, value, now);
                default -> throw bad(condition, "unknown key '" + m.group(1)
                        + "' (use status, client, balance, name or lastContact)");
            };
        }
        return filter;
    }

    private static DebtorFilter balance(DebtorFilter filter, String condition, String op, String value) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw bad(condition, "'" + value + "' is not a number");
        }
        return switch (op) {
            case ">=", ">" -> filter.withBalance(amount, filter.maxBalance());
            case "<=", "<" -> filter.withBalance(filter.minBalance(), amount);
            default -> filter.withBalance(amount, amount);
        };
    }

    private static DebtorFilter lastContact(DebtorFilter filter, String condition, String op, String value, Instant now) {
        Instant boundary;
        Matcher days = DAYS.matcher(value.toLowerCase(Locale.ROOT));
        if (days.matches()) {
            boundary = now.minus(Duration.ofDays(Long.parseLong(days.group(1))));
            // "lastContact<30d" reads as "the last contact is more than 30 days old"
            op = switch (op) {
                case "<", "<=" -> ">older";
                case ">", ">=" -> "<newer";
                default -> throw bad(condition, "use < or >= with a number of days");
            };
        } else {
            try {
                boundary = LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw bad(condition, "'" + value + "' is neither a number of days (30d) nor a date (2026-10-01)");
            }
        }
        return switch (op) {
            case ">older", "<", "<=" -> filter.withLastContact(filter.lastContactAfter(), boundary);
            case "<newer", ">", ">=" -> filter.withLastContact(boundary, filter.lastContactBefore());
            default -> throw bad(condition, "use < or >= with lastContact");
        };
    }

    private static void requireEquals(String condition, String op) {
        if (!op.equals("=")) {
            throw bad(condition, "use = with this key");
        }
    }

    private static UserInputException bad(String condition, String why) {
        return new UserInputException("--filter: '" + condition.trim() + "': " + why);
    }
}
