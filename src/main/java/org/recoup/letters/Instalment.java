package org.recoup.letters;

import java.time.LocalDate;
import java.util.Objects;

import org.recoup.domain.Money;

/** One payment of an agreed plan. */
public record Instalment(LocalDate due, Money amount) {

    public Instalment {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(amount, "amount");
    }
}
