package org.recoup.service.money;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock on a chosen day that moves a millisecond each time it is read, so events keep their order. */
final class TestClock extends Clock {

    private Instant instant;

    TestClock(String date) {
        setDate(date);
    }

    void setDate(String date) {
        instant = LocalDate.parse(date).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized Instant instant() {
        instant = instant.plusMillis(1);
        return instant;
    }
}
