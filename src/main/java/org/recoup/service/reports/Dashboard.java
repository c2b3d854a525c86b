package org.recoup.service.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard of a portfolio on a day: the figures of all clients together and of each client,
 * read in one go so that choosing a client needs no further query.
 *
 * @param asOf   the day outstanding amounts are aged to and "this month" is taken from
 * @param period the days promises, broken plans and compliance blocks are counted in
 */
public record Dashboard(LocalDate asOf, ReportPeriod period, List<ClientInfo> clients, Figures all,
                        Map<Long, Figures> byClient) {

    public Dashboard {
        clients = List.copyOf(clients);
        byClient = Map.copyOf(byClient);
    }

    /** The figures of one client, or of all of them for null. */
    public Figures figures(Long clientId) {
        if (clientId == null) {
            return all;
        }
        Figures figures = byClient.get(clientId);
        if (figures == null) {
            throw new IllegalArgumentException("no client with id " + clientId);
        }
        return figures;
    }

    public Optional<ClientInfo> client(long clientId) {
        return clients.stream().filter(c -> c.id() == clientId).findFirst();
    }

    /** One line of the by-client table: a client's figures in one currency. */
    public record ClientLine(ClientInfo client, CurrencyFigures figures) {
    }

    /** Each client's figures by currency, clients by name; clients without any debt are left out. */
    public List<ClientLine> byClientLines() {
        List<ClientLine> lines = new ArrayList<>();
        for (ClientInfo client : clients) {
            for (CurrencyFigures currency : byClient.get(client.id()).currencies()) {
                lines.add(new ClientLine(client, currency));
            }
        }
        return lines;
    }
}
