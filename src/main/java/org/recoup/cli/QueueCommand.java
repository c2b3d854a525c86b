package org.recoup.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.recoup.service.Workspace;
import org.recoup.service.work.Queue;
import org.recoup.service.work.QueueItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "queue", mixinStandardHelpOptions = true,
        description = {"Prints the work queue: today's compliant actions in priority order, as the window shows them.",
                "Without --at it first records what the ledger says of promises and plans (as the window does) and"
                        + " shows the queue now; with --at it shows the queue at that instant and changes nothing."})
final class QueueCommand implements Callable<Integer> {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--at", paramLabel = "INSTANT", converter = IsoInstant.class,
            description = "The instant, e.g. 2026-03-10T15:00:00Z (default: now).")
    Instant at;

    @Option(names = "--json", description = "Print JSON: {\"at\":…,\"items\":[{\"debtor\",\"debt\",\"action\",\"at\","
            + "\"priority\",\"reason\",\"verdict\"}, …]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Workspace workspace = Workspace.open(database.path)) {
            Queue queue;
            if (at == null) {
                workspace.daily().evaluate();
                queue = workspace.daily().queue().now();
            } else {
                queue = workspace.daily().queue().at(at);
            }
            var out = spec.commandLine().getOut();
            out.println(json ? json(queue) : text(queue));
            out.flush();
            return 0;
        }
    }

    static String json(Queue queue) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("at", queue.at().toString());
        ArrayNode items = root.putArray("items");
        for (QueueItem i : queue.items()) {
            ObjectNode item = items.addObject();
            item.put("debtor", String.valueOf(i.debtorId()));
            item.put("debt", i.debtReference());
            item.put("action", i.action());
            item.put("at", i.at().toString());
            item.put("priority", i.priority().name());
            item.put("reason", i.reason());
            item.put("verdict", i.verdict().name());
            item.put("name", i.debtorName());
            if (i.letterTemplate() != null) {
                item.put("letter", i.letterTemplate());
            }
            if (i.moved()) {
                item.put("movedFrom", i.proposedAt().toString());
            }
            if (i.warning() != null) {
                item.put("warning", i.warning());
            }
        }
        return mapper.writeValueAsString(root);
    }

    private static String text(Queue queue) {
        StringBuilder out = new StringBuilder();
        out.append("Work queue at ").append(queue.at()).append(": ").append(queue.items().size()).append(" actions for ")
                .append(queue.debtorsConsidered()).append(" debtors worked\n");
        for (QueueItem i : queue.items()) {
            ZoneId home = ZoneId.of(i.homeZone());
            out.append(String.format("%-14s %-16s %-6s %-8s %-24s %-16s %s%s%n", i.priority(),
                    LOCAL.format(i.at().atZone(home)) + "", i.verdict(), i.debtorId(), abbreviate(i.debtorName(), 24),
                    i.debtReference(), i.action() + (i.letterTemplate() == null ? "" : " " + i.letterTemplate()) + " — "
                            + i.reason(), i.moved() ? " (moved to the earliest compliant time)" : ""));
        }
        return out.toString().stripTrailing();
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
