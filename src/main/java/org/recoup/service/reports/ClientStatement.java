package org.recoup.service.reports;

import java.util.List;

/** What was collected for a client in a period, the agency's commission on it, and what is due to the client. */
public record ClientStatement(ClientInfo client, ReportPeriod period, List<StatementTotal> totals, List<PaymentItem> payments) {

    public ClientStatement {
        totals = List.copyOf(totals);
        payments = List.copyOf(payments);
    }

    public java.util.Optional<StatementTotal> total(String currency) {
        return totals.stream().filter(t -> t.currency().equals(currency)).findFirst();
    }
}
