package org.recoup.service.debts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.recoup.domain.Client;
import org.recoup.store.Database;

/** The clients debts are collected for. */
public final class ClientService {

    /** A client as lists and pickers show it. */
    public record ClientView(long id, String name, String defaultCountry, int graceDays) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final Database database;
    private final Clock clock;

    public ClientService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public List<ClientView> all() {
        return database.read(s -> s.clients().all().stream().map(ClientService::view).toList());
    }

    public ClientView create(String name, String defaultCountry) {
        return database.write(s -> view(s.clients().save(new Client(name, defaultCountry, Instant.now(clock)))));
    }

    private static ClientView view(Client c) {
        return new ClientView(c.getId(), c.getName(), c.getDefaultCountry(), c.getGraceDays());
    }
}
