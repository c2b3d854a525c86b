package org.recoup.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A local time range the debtor said is inconvenient ({@code from} included, {@code to}
 * excluded; a range ending at or before its start runs past midnight), on some weekdays or every
 * day. Read in the debtor's home zone.
 */
@Entity
@Table(name = "inconvenient_time")
public class InconvenientTime {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inconvenient_seq")
    @SequenceGenerator(name = "inconvenient_seq", sequenceName = "inconvenient_seq", allocationSize = 50)
    private Long id;

    @Column(name = "debtor_id", nullable = false)
    private long debtorId;

    @Column(name = "from_time", nullable = false)
    private LocalTime fromTime;

    @Column(name = "to_time", nullable = false)
    private LocalTime toTime;

    /** Comma-separated weekdays (MON,TUE); empty for every day. */
    @Column(nullable = false, length = 40)
    private String days;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected InconvenientTime() {
    }

    public InconvenientTime(long debtorId, LocalTime from, LocalTime to, Set<DayOfWeek> days, Instant recordedAt) {
        this.debtorId = debtorId;
        this.fromTime = Validate.required(from, "inconvenientTime.from");
        this.toTime = Validate.required(to, "inconvenientTime.to");
        this.days = days.stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
        this.recordedAt = Validate.required(recordedAt, "inconvenientTime.recordedAt");
    }

    public Long getId() {
        return id;
    }

    public long getDebtorId() {
        return debtorId;
    }

    public LocalTime getFrom() {
        return fromTime;
    }

    public LocalTime getTo() {
        return toTime;
    }

    /** The weekdays it applies on; empty for every day. */
    public Set<DayOfWeek> getDays() {
        if (days.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(days.split(",")).map(InconvenientTime::day)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation)) {
                return day;
            }
        }
        throw new IllegalStateException("unknown weekday " + abbreviation);
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
