package org.recoup.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

import org.recoup.domain.UserInputException;
import org.recoup.domain.ValidationException;
import org.recoup.service.money.MoneyService;
import org.recoup.service.money.ScheduleView;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Prints a repayment plan's schedule as JSON, touching no database. With a down payment it is"
                + " instalment 0, due on the start date.")
final class PlanCommand implements Callable<Integer> {

    /** The option to name when the service refuses a field. */
    private static final Map<String, String> OPTIONS = Map.of(
            "plan.total", "--total", "plan.downPayment", "--down", "plan.count", "--count",
            "plan.frequency", "--frequency", "plan.start", "--start", "currency", "--currency");

    @Spec
    CommandSpec spec;

    @Option(names = "--total", required = true, paramLabel = "AMOUNT", description = "What the plan pays, down payment included.")
    String total;

    @Option(names = "--currency", required = true, paramLabel = "CUR", description = "ISO 4217 code, e.g. USD, CNY, JPY.")
    String currency;

    @Option(names = "--count", required = true, paramLabel = "N", description = "Instalments after the down payment.")
    int count;

    @Option(names = "--frequency", required = true, paramLabel = "WEEKLY|FORTNIGHTLY|MONTHLY",
            description = "How far apart the instalments fall (any case).")
    String frequency;

    @Option(names = "--start", required = true, paramLabel = "DATE", converter = IsoDate.class,
            description = "The first due date, e.g. 2026-01-31.")
    LocalDate start;

    @Option(names = "--down", paramLabel = "AMOUNT", description = "A down payment, due on the start date.")
    String down;

    @Override
    public Integer call() throws Exception {
        ScheduleView schedule;
        try {
            schedule = MoneyService.schedule(currency, total, down, count, frequency, start);
        } catch (ValidationException e) {
            throw new UserInputException(OPTIONS.getOrDefault(e.field(), e.field()) + ": " + e.reason());
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("currency", schedule.currency());
        root.put("total", schedule.total().toPlainString());
        ArrayNode instalments = root.putArray("instalments");
        for (ScheduleView.Line line : schedule.instalments()) {
            instalments.addObject()
                    .put("n", line.n())
                    .put("due", line.due().toString())
                    .put("amount", line.amount().toPlainString());
        }
        var out = spec.commandLine().getOut();
        out.println(mapper.writeValueAsString(root));
        out.flush();
        return 0;
    }
}
