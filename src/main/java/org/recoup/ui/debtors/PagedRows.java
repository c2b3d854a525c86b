package org.recoup.ui.debtors;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import javafx.collections.ObservableListBase;

import org.recoup.ui.TaskRunner;

/**
 * A list as long as the query's result that holds only the pages the table has looked at. A row
 * not loaded yet is a placeholder; asking for it loads its page in the background and the table
 * is told when it arrives. Pages are kept in a small LRU cache, so 100,000 rows cost a few pages.
 */
public final class PagedRows<T> extends ObservableListBase<T> {

    static final int PAGE_SIZE = 100;
    private static final int PAGES_KEPT = 30;

    private final TaskRunner tasks;
    private final BiFunction<Long, Integer, List<T>> loader;
    private final T placeholder;
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private int size;
    private long generation;

    /**
     * @param loader loads {@code limit} rows from {@code offset}; runs off the JavaFX thread
     */
    public PagedRows(TaskRunner tasks, BiFunction<Long, Integer, List<T>> loader, T placeholder) {
        this.tasks = tasks;
        this.loader = loader;
        this.placeholder = placeholder;
    }

    /** Starts over with a new result of {@code newSize} rows (a new filter or sort). */
    public void reset(int newSize) {
        generation++;
        pages.clear();
        loading.clear();
        beginChange();
        if (size > 0) {
            nextRemove(0, java.util.Collections.nCopies(size, placeholder));
        }
        size = newSize;
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<T> rows = pages.get(page);
        if (rows == null) {
            load(page);
            return placeholder;
        }
        int inPage = index % PAGE_SIZE;
        return inPage < rows.size() ? rows.get(inPage) : placeholder;
    }

    /** True when the row at {@code index} is loaded. */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / PAGE_SIZE);
    }

    @Override
    public int size() {
        return size;
    }

    private void load(int page) {
        if (!loading.add(page)) {
            return;
        }
        long requested = generation;
        tasks.run(progress -> loader.apply((long) page * PAGE_SIZE, PAGE_SIZE), rows -> {
            if (requested != generation) {
                return;
            }
            loading.remove(page);
            pages.put(page, rows);
            int from = page * PAGE_SIZE;
            int to = Math.min(size, from + PAGE_SIZE);
            if (from < to) {
                beginChange();
                for (int i = from; i < to; i++) {
                    nextSet(i, placeholder);
                }
                endChange();
            }
        });
    }
}
