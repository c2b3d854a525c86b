package org.recoup.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.recoup.domain.Money;
import org.recoup.domain.PaymentMethod;
import org.recoup.domain.UserInputException;
import org.recoup.service.AppPaths;
import org.recoup.service.money.AmbiguousReferenceException;
import org.recoup.service.money.BalanceView;
import org.recoup.service.money.DebtRef;
import org.recoup.service.money.MoneyService;
import org.recoup.service.money.MoneyWarning;
import org.recoup.service.money.PaymentRequest;
import org.recoup.service.money.PostingReceipt;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "pay", mixinStandardHelpOptions = true,
        description = "Records a payment on a debt and prints the new balance. Warnings go to standard error.")
final class PayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", description = "The database (default: ${DEFAULT-VALUE}).")
    Path database = AppPaths.defaultDatabase();

    @Option(names = "--debt", required = true, paramLabel = "REF", description = "The debt's reference.")
    String debt;

    @Option(names = "--client", paramLabel = "NAME", description = "The client, when several use the same reference.")
    String client;

    @Option(names = "--amount", required = true, paramLabel = "A", description = "In the debt's currency.")
    String amount;

    @Option(names = "--date", required = true, paramLabel = "D", converter = IsoDate.class,
            description = "The day it was received, e.g. 2026-01-31.")
    LocalDate date;

    @Option(names = "--method", paramLabel = "M", defaultValue = "OTHER",
            description = "CASH, BANK_TRANSFER, CARD, CHEQUE, ALIPAY, WECHAT_PAY or OTHER (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--reference", paramLabel = "TEXT", description = "The payment's own reference (cheque number...).")
    String reference;

    @Override
    public Integer call() {
        PaymentMethod paymentMethod = MoneyService.paymentMethod(method);
        BigDecimal value = Money.parseAmount(amount, "payment.amount");
        try (MoneyService money = MoneyService.open(database, Clock.systemDefaultZone())) {
            DebtRef ref;
            try {
                ref = money.resolveDebt(debt, client);
            } catch (AmbiguousReferenceException e) {
                throw new UserInputException("debt '" + debt.trim() + "' is used by several clients ("
                        + String.join(", ", e.clients()) + "); add --client NAME");
            }
            PostingReceipt receipt = money.recordPayment(new PaymentRequest(ref.debtId(), value, date, paymentMethod,
                    reference, null));
            var err = spec.commandLine().getErr();
            for (MoneyWarning warning : receipt.warnings()) {
                err.println("warning: " + warning.message());
            }
            err.flush();
            BalanceView balance = receipt.balance();
            StringBuilder line = new StringBuilder("Recorded payment ").append(receipt.entry().id()).append(" of ")
                    .append(receipt.entry().paymentAmount()).append(" (").append(paymentMethod).append(") on ")
                    .append(date).append(" to debt ").append(ref.reference()).append(" of ").append(ref.clientName())
                    .append(": balance ").append(balance.owed());
            if (balance.credit().isPositive()) {
                line.append(", credit ").append(balance.credit()).append(" owed back to the debtor");
            }
            if (receipt.statusChanged()) {
                line.append("; debt now ").append(receipt.statusAfter());
            }
            var out = spec.commandLine().getOut();
            out.println(line);
            out.flush();
            return 0;
        }
    }
}
