package org.recoup.store;

import java.util.List;

import org.recoup.domain.Contact;

/** The contact log. */
public final class Contacts {

    private final StoreSession store;

    Contacts(StoreSession store) {
        this.store = store;
    }

    public Contact append(Contact contact) {
        store.hibernate().persist(contact);
        store.touchDebtor(contact.getDebtorId());
        return contact;
    }

    /** The debtor's contacts, newest first. */
    public List<Contact> forDebtor(long debtorId) {
        return store.hibernate()
                .createSelectionQuery("from Contact where debtorId = :debtor order by at desc, id desc", Contact.class)
                .setParameter("debtor", debtorId)
                .getResultList();
    }
}
