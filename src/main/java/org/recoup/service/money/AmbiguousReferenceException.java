package org.recoup.service.money;

import java.util.List;

import org.recoup.domain.ValidationException;

/** A debt reference used by several clients' debts: the client must be named too. */
public class AmbiguousReferenceException extends ValidationException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> clients;

    public AmbiguousReferenceException(String reference, List<String> clients) {
        super("debt", "reference '" + reference + "' is used by debts of several clients (" + String.join(", ", clients)
                + "); name the client");
        this.clients = List.copyOf(clients);
    }

    public List<String> clients() {
        return clients;
    }
}
