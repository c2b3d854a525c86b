package org.recoup.service.reports;

import java.math.BigDecimal;

/** A client as reports show it, with its commission rate in percent (null when none is set). */
public record ClientInfo(long id, String name, BigDecimal commissionRate) {

    @Override
    public String toString() {
        return name;
    }
}
