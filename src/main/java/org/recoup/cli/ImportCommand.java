package org.recoup.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.recoup.service.Progress;
import org.recoup.service.Workspace;
import org.recoup.service.debts.ClientService.ClientView;
import org.recoup.service.exchange.ImportClient;
import org.recoup.service.exchange.ImportFile;
import org.recoup.service.exchange.ImportResult;
import org.recoup.service.exchange.ImportService;
import org.recoup.service.exchange.ImportSettings;
import org.recoup.service.exchange.RejectedRow;
import org.recoup.service.exchange.RowProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Imports debtors and debts from a creditor's CSV or XLSX file: every row is checked, and all",
                "accepted rows are committed in one transaction, or none. Prints the counts; rejected rows",
                "(line, field, reason) go to --errors. Exit status 0 when the import ran (even with rejected",
                "rows), 2 when the input is unusable (unreadable file, no column for a required field)."},
        footer = {"",
                "Columns are mapped to fields by --mapping FILE, else by the client's mapping kept from its last",
                "import, else guessed from the headers (English or Chinese). The mapping used is kept for the",
                "client. A mapping file is JSON:",
                "",
                "  {\"columns\": {\"客户姓名\": \"name\", \"手机号\": \"mobilePhone\", \"身份证号\": null,",
                "               \"借据号\": \"reference\", \"欠款金额\": \"principal\", \"逾期日期\": \"delinquencyDate\"},",
                "   \"dateOrder\": \"DMY\", \"decimalSeparator\": \".\", \"defaultCurrency\": \"CNY\",",
                "   \"defaultCountry\": \"CN\", \"defaultProduct\": \"LOAN\", \"onDuplicate\": \"skip\"}",
                "",
                "Only \"columns\" is required; null ignores a column. Fields: name, nativeName, kind, language,",
                "addressLine, city, region, postalCode, country, phone, phoneType, mobilePhone, homePhone,",
                "workPhone, email, reference*, originalCreditor, product, currency* (or defaultCurrency),",
                "principal*, interest, fees, placementDate, originationDate, delinquencyDate, chargeOffDate,",
                "lastPaymentDate, itemizationDate, limitationYears, status (* required).",
                "An unknown --client is created, with the mapping's default country."})
final class ImportCommand implements Callable<Integer> {

    /** Rejected rows printed when there is no --errors file. */
    static final int SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--client", required = true, paramLabel = "NAME",
            description = "The client (creditor) the debts are for; created when unknown.")
    String client;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV or XLSX file.")
    Path file;

    @Option(names = "--mapping", paramLabel = "FILE", description = "A mapping file (JSON, see below).")
    Path mapping;

    @Option(names = "--on-duplicate", paramLabel = "skip|update|reject",
            description = "What to do with a reference the client already has (default: the mapping's, else skip).")
    String onDuplicate;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write the rejected rows here (CSV: line, field, column, reason, then the row as it was).")
    Path errors;

    @Override
    public Integer call() {
        ImportSettings.OnDuplicate policy = onDuplicate == null ? null : ImportSettings.OnDuplicate.parse(onDuplicate);
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.open(database.path)) {
            ImportService imports = workspace.imports();
            ImportSettings fromFile = mapping == null ? null : imports.readSettings(mapping);
            ImportFile opened = imports.open(file);
            Optional<ClientView> known = workspace.clients().all().stream()
                    .filter(c -> c.name().equalsIgnoreCase(client.trim())).findFirst();
            ImportClient target = known.map(c -> ImportClient.existing(c.id()))
                    .orElseGet(() -> ImportClient.create(client.trim(), fromFile == null ? null : fromFile.defaultCountry()));
            ImportSettings settings = fromFile != null ? fromFile : imports.suggest(opened, target);
            if (policy != null) {
                settings = settings.withOnDuplicate(policy);
            }
            ImportResult result = imports.run(opened, target, settings, Progress.NONE);
            if (result.clientCreated()) {
                out.println("created client '" + client.trim() + "'");
            }
            out.println(result.summary());
            if (errors != null) {
                imports.writeRejections(opened, result.rejectedRows(), errors);
                if (result.rejected() > 0) {
                    out.println("rejected rows written to " + errors);
                }
            } else {
                int shown = 0;
                for (RejectedRow row : result.rejectedRows()) {
                    for (RowProblem problem : row.problems()) {
                        if (shown++ < SHOWN) {
                            out.println("  " + problem);
                        }
                    }
                }
                if (shown > SHOWN) {
                    out.println("  ... and " + (shown - SHOWN) + " more; write them all with --errors FILE");
                }
            }
            if (!result.notices().isEmpty()) {
                out.println(String.format(Locale.ROOT, "%d updated debts have amounts that differ from their placement;"
                        + " an import never changes money:", result.notices().size()));
                result.notices().stream().limit(SHOWN).forEach(n -> out.println("  " + n));
            }
            out.flush();
        }
        return 0;
    }
}
