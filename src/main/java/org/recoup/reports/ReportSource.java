package org.recoup.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * The lines of a report as the design's records: one per line, each carrying its section's
 * number, title, layout and headings (the group header prints them). A section without lines
 * still gets one record, a blank note, so that its title prints.
 */
final class ReportSource implements JRDataSource {

    private record Item(int sectionNo, ReportSection section, ReportLine line) {
    }

    private final List<Item> items = new ArrayList<>();
    private final BooleanSupplier cancelled;
    private int index = -1;

    ReportSource(List<ReportSection> sections, BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        int number = 0;
        for (ReportSection section : sections) {
            number++;
            if (section.lines().isEmpty()) {
                items.add(new Item(number, section, ReportLine.note(null)));
            }
            for (ReportLine line : section.lines()) {
                items.add(new Item(number, section, line));
            }
        }
    }

    @Override
    public boolean next() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("report cancelled");
        }
        index++;
        return index < items.size();
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Item item = items.get(index);
        String name = field.getName();
        switch (name) {
            case "sectionNo":
                return item.sectionNo();
            case "sectionTitle":
                return item.section().title();
            case "layout":
                return item.section().layout().code();
            case "kind":
                return item.line().kind().name();
            default:
                break;
        }
        if (name.length() == 2 && (name.charAt(0) == 'h' || name.charAt(0) == 'c') && Character.isDigit(name.charAt(1))) {
            int column = name.charAt(1) - '1';
            if (name.charAt(0) == 'h') {
                List<String> headers = item.section().headers();
                return column < headers.size() ? headers.get(column) : null;
            }
            return item.line().cell(column);
        }
        throw new JRException("the report design asks for an unknown field " + name);
    }
}
