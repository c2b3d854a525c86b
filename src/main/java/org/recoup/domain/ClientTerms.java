package org.recoup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A client's money settings, keyed by the client's id; a client without a row uses the defaults. */
@Entity
@Table(name = "client_terms")
public class ClientTerms {

    @Id
    @Column(name = "client_id")
    private Long clientId;

    @Version
    private long version;

    @Column(name = "allocation_order", nullable = false, length = 40)
    private String allocationOrder;

    protected ClientTerms() {
    }

    public ClientTerms(long clientId, AllocationOrder order) {
        this.clientId = clientId;
        setAllocationOrder(order);
    }

    public long getClientId() {
        return clientId;
    }

    public AllocationOrder getAllocationOrder() {
        return AllocationOrder.parse(allocationOrder);
    }

    public final void setAllocationOrder(AllocationOrder order) {
        this.allocationOrder = Validate.required(order, "allocationOrder").text();
    }
}
