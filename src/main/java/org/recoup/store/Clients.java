package org.recoup.store;

import java.util.List;
import java.util.Optional;

import org.recoup.domain.Client;
import org.recoup.domain.ValidationException;

/** The clients (creditors) debts are collected for. */
public final class Clients {

    private final StoreSession store;

    Clients(StoreSession store) {
        this.store = store;
    }

    /** Saves a new or changed client; a name already used by another client is refused. */
    public Client save(Client client) {
        findByName(client.getName())
                .filter(other -> !other.getId().equals(client.getId()))
                .ifPresent(other -> {
                    throw new ValidationException("client.name", "'" + client.getName() + "' is already a client");
                });
        Client saved = store.hibernate().merge(client);
        // written now, as debtors and debts are, so that the same transaction's JDBC work sees it
        store.hibernate().flush();
        return saved;
    }

    public Optional<Client> find(long id) {
        return Optional.ofNullable(store.hibernate().find(Client.class, id));
    }

    public Optional<Client> findByName(String name) {
        return store.hibernate().createSelectionQuery("from Client where lower(name) = lower(:name)", Client.class)
                .setParameter("name", name.trim())
                .uniqueResultOptional();
    }

    public List<Client> all() {
        return store.hibernate().createSelectionQuery("from Client order by name", Client.class).getResultList();
    }
}
