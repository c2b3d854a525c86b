package org.recoup.ui.debtors;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.recoup.domain.DebtStatus;
import org.recoup.domain.view.DebtorFilter;
import org.recoup.domain.view.DebtorRow;
import org.recoup.domain.view.DebtorSort;
import org.recoup.service.debts.ClientService.ClientView;
import org.recoup.ui.AppContext;

/**
 * The debtors list's state: the filter as the user set it, the sort, the number of debtors it lets
 * through, and the rows, paged from the database.
 */
public final class DebtorListViewModel {

    /** The last-contact choices of the filter bar. */
    public enum ContactAge { ANY, WITHIN_7_DAYS, NONE_IN_30_DAYS, NONE_IN_90_DAYS }

    static final DebtorRow LOADING = new DebtorRow(-1, "", null, null, null, null, null, null);

    private final AppContext context;
    private final ObjectProperty<DebtStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<ClientView> client = new SimpleObjectProperty<>();
    private final StringProperty minBalance = new SimpleStringProperty("");
    private final StringProperty maxBalance = new SimpleStringProperty("");
    private final ObjectProperty<ContactAge> contactAge = new SimpleObjectProperty<>(ContactAge.ANY);
    private final StringProperty balanceError = new SimpleStringProperty();
    private final LongProperty count = new SimpleLongProperty(-1);
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);
    private final ObjectProperty<DebtorSort> sort = new SimpleObjectProperty<>(DebtorSort.NAME);
    private final PagedRows<DebtorRow> rows;
    private DebtorFilter filter = DebtorFilter.ALL;
    /** Debtor id → broken plan, written with each page as it loads (in the background), read by the cells. */
    private final java.util.Map<Long, Boolean> brokenPlans = new java.util.concurrent.ConcurrentHashMap<>();

    public DebtorListViewModel(AppContext context) {
        this.context = context;
        this.rows = new PagedRows<>(context.tasks(), this::loadPage, LOADING);
        status.addListener((o, a, b) -> refresh());
        client.addListener((o, a, b) -> refresh());
        contactAge.addListener((o, a, b) -> refresh());
        minBalance.addListener((o, a, b) -> refresh());
        maxBalance.addListener((o, a, b) -> refresh());
    }

    /** One page of rows, and which of its debtors have a broken plan (both off the JavaFX thread). */
    private java.util.List<DebtorRow> loadPage(long offset, int limit) {
        var workspace = context.workspace();
        java.util.List<DebtorRow> page = workspace.debtors().page(filter, sort.get(), ascending.get(), offset, limit);
        java.util.Set<Long> broken = workspace.money().debtorsWithBrokenPlans(page.stream().map(DebtorRow::id).toList());
        for (DebtorRow row : page) {
            brokenPlans.put(row.id(), broken.contains(row.id()));
        }
        return page;
    }

    /** Whether the debtor of a loaded row has a broken repayment plan (the list marks it). */
    public boolean hasBrokenPlan(DebtorRow row) {
        return row != null && Boolean.TRUE.equals(brokenPlans.get(row.id()));
    }

    public PagedRows<DebtorRow> rows() {
        return rows;
    }

    public ObjectProperty<DebtStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<ClientView> clientProperty() {
        return client;
    }

    public StringProperty minBalanceProperty() {
        return minBalance;
    }

    public StringProperty maxBalanceProperty() {
        return maxBalance;
    }

    public ObjectProperty<ContactAge> contactAgeProperty() {
        return contactAge;
    }

    /** What is wrong with the balance bounds, or null. */
    public StringProperty balanceErrorProperty() {
        return balanceError;
    }

    /** The filter the list shows now (what an export of the list exports). */
    public DebtorFilter filter() {
        return filter;
    }

    /** How many debtors the filter lets through; -1 while counting. */
    public LongProperty countProperty() {
        return count;
    }

    public void sortBy(DebtorSort by, boolean asc) {
        if (by != sort.get() || asc != ascending.get()) {
            sort.set(by);
            ascending.set(asc);
            refresh();
        }
    }

    public void clearFilters() {
        status.set(null);
        client.set(null);
        minBalance.set("");
        maxBalance.set("");
        contactAge.set(ContactAge.ANY);
    }

    /** Builds the filter from the fields and reloads the count and the rows. */
    public void refresh() {
        DebtorFilter next = buildFilter();
        if (next == null) {
            return;
        }
        filter = next;
        DebtorFilter asked = next;
        count.set(-1);
        context.tasks().run(progress -> context.workspace().debtors().count(asked), total -> {
            if (asked == filter) {
                count.set(total);
                rows.reset((int) Math.min(Integer.MAX_VALUE, total));
            }
        });
    }

    /**
     * The filter as the debtors list shows it, written as a filter expression (the text the
     * Letters screen and {@code recoup letters --filter} read); null while the balance fields
     * cannot be read.
     */
    public String filterExpression() {
        if (balanceError.get() != null) {
            return null;
        }
        java.util.List<String> conditions = new java.util.ArrayList<>();
        if (status.get() != null) {
            conditions.add("status=" + status.get().name());
        }
        if (client.get() != null) {
            conditions.add("client=" + client.get().name());
        }
        BigDecimal min = parse(minBalance.get());
        BigDecimal max = parse(maxBalance.get());
        if (min != null) {
            conditions.add("balance>=" + min.toPlainString());
        }
        if (max != null) {
            conditions.add("balance<=" + max.toPlainString());
        }
        switch (contactAge.get()) {
            case ANY -> { }
            case WITHIN_7_DAYS -> conditions.add("lastContact>=7d");
            case NONE_IN_30_DAYS -> conditions.add("lastContact<30d");
            case NONE_IN_90_DAYS -> conditions.add("lastContact<90d");
        }
        return String.join(", ", conditions);
    }

    private DebtorFilter buildFilter() {
        BigDecimal min;
        BigDecimal max;
        try {
            min = parse(minBalance.get());
            max = parse(maxBalance.get());
        } catch (NumberFormatException e) {
            balanceError.set(context.t("debtors.filter.balanceInvalid"));
            return null;
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            balanceError.set(context.t("debtors.filter.balanceOrder"));
            return null;
        }
        balanceError.set(null);
        Instant now = Instant.now(context.clock());
        DebtorFilter f = DebtorFilter.ALL.withStatus(status.get())
                .withClient(client.get() == null ? null : client.get().id())
                .withBalance(min, max);
        return switch (contactAge.get()) {
            case ANY -> f;
            case WITHIN_7_DAYS -> f.withLastContact(now.minus(Duration.ofDays(7)), null);
            case NONE_IN_30_DAYS -> f.withLastContact(null, now.minus(Duration.ofDays(30)));
            case NONE_IN_90_DAYS -> f.withLastContact(null, now.minus(Duration.ofDays(90)));
        };
    }

    private static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new BigDecimal(text.trim().replace(",", ""));
    }
}
