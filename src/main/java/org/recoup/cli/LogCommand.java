package org.recoup.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.recoup.domain.Channel;
import org.recoup.domain.ContactOutcome;
import org.recoup.domain.Direction;
import org.recoup.domain.Money;
import org.recoup.domain.Party;
import org.recoup.domain.RecoupException;
import org.recoup.domain.UserInputException;
import org.recoup.service.Workspace;
import org.recoup.service.work.ComplianceBlockedException;
import org.recoup.service.work.ContactReceipt;
import org.recoup.service.work.ContactRequest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Logs a contact with a debtor and what its outcome does (a promise, a dispute, a cease request, a"
                + " callback).",
                "An outbound contact the compliance rules block is refused (exit status 1, one line saying the rule, its"
                        + " citation and the earliest compliant time) unless --override-reason is given.",
                "Exit status 2 for bad input."})
final class LogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--debtor", required = true, paramLabel = "ID", description = "The debtor's id.")
    long debtor;

    @Option(names = "--channel", required = true, paramLabel = "C", description = "CALL, SMS, EMAIL, LETTER or VISIT.")
    String channel;

    @Option(names = "--outcome", required = true, paramLabel = "O",
            description = "CONVERSATION, VOICEMAIL, NO_ANSWER, BUSY, NOT_IN_SERVICE, WRONG_PARTY, PROMISE_TO_PAY, REFUSED,"
                    + " DISPUTE, CEASE_REQUEST or CALLBACK_REQUESTED.")
    String outcome;

    @Option(names = "--at", paramLabel = "INSTANT", converter = IsoInstant.class,
            description = "When it happened, e.g. 2026-03-10T15:00:00Z (default: now).")
    Instant at;

    @Option(names = "--debts", paramLabel = "REF,...", split = ",",
            description = "The debts it was about, by reference (default: the debtor's open debts).")
    List<String> debts;

    @Option(names = "--note", paramLabel = "TEXT", description = "Notes.")
    String note;

    @Option(names = "--direction", paramLabel = "D", defaultValue = "OUTBOUND",
            description = "OUTBOUND (default) or INBOUND: who started it.")
    String direction;

    @Option(names = "--letter", paramLabel = "TEMPLATE", description = "For a LETTER: its template (default DEMAND).")
    String letter;

    @Option(names = "--promise-amount", paramLabel = "A", description = "PROMISE_TO_PAY: the amount.")
    String promiseAmount;

    @Option(names = "--promise-date", paramLabel = "D", converter = IsoDate.class,
            description = "PROMISE_TO_PAY: the day it is due.")
    LocalDate promiseDate;

    @Option(names = "--callback-at", paramLabel = "INSTANT", converter = IsoInstant.class,
            description = "CALLBACK_REQUESTED: when he asked to be called.")
    Instant callbackAt;

    @Option(names = "--override-reason", paramLabel = "TEXT",
            description = "Why a contact the rules block was made anyway (kept in the audit trail).")
    String overrideReason;

    @Override
    public Integer call() {
        Channel ch = parse(Channel.class, channel, "--channel");
        ContactOutcome result = parse(ContactOutcome.class, outcome, "--outcome");
        Direction dir = parse(Direction.class, direction, "--direction");
        if (ch == Channel.CREDIT_REPORT) {
            throw new UserInputException("--channel: a credit report is not a contact to log; use CALL, SMS, EMAIL, LETTER or VISIT");
        }
        ContactRequest.PromiseTerms promise = null;
        if (result == ContactOutcome.PROMISE_TO_PAY) {
            if (promiseAmount == null || promiseDate == null) {
                throw new UserInputException("a PROMISE_TO_PAY needs --promise-amount and --promise-date");
            }
            promise = new ContactRequest.PromiseTerms(null, Money.parseAmount(promiseAmount, "--promise-amount"),
                    promiseDate);
        }
        try (Workspace workspace = Workspace.open(database.path)) {
            Set<Long> debtIds = debts == null ? Set.of() : workspace.daily().contacts().debtsByReference(debtor, debts);
            ContactRequest request = new ContactRequest(debtor, ch, dir, Party.DEBTOR, null, null, debtIds, at, result,
                    note, letter, promise, callbackAt, null, overrideReason);
            ContactReceipt receipt;
            try {
                receipt = workspace.daily().contacts().log(request);
            } catch (ComplianceBlockedException e) {
                throw new RecoupException(e.getMessage().replace("give an override reason", "give --override-reason TEXT"), e);
            }
            var err = spec.commandLine().getErr();
            if (receipt.check() != null && !receipt.overridden()) {
                receipt.check().findings().forEach(f -> err.println("warning: " + f.rule() + ": " + f.message()));
            }
            if (receipt.overridden()) {
                err.println("overridden: " + String.join(", ", receipt.check().blockingRules()) + " (" + overrideReason + ")");
            }
            err.flush();
            StringBuilder line = new StringBuilder("Logged contact ").append(receipt.contactId()).append(": ").append(ch)
                    .append(' ').append(result).append(" with debtor ").append(debtor);
            receipt.effects().forEach(e -> line.append("; ").append(e));
            var out = spec.commandLine().getOut();
            out.println(line);
            out.flush();
            return 0;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String option) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(option + ": '" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
