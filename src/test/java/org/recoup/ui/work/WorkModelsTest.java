package org.recoup.ui.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoup.domain.ContactOutcome;

/** The dialogs' models without a window: number keys, defaults, times in zones. */
class WorkModelsTest {

    @Test
    void numberKeysChooseOutcomes() {
        assertThat(LogContactModel.forKey("1")).isEqualTo(ContactOutcome.NO_ANSWER);
        assertThat(LogContactModel.forKey("2")).isEqualTo(ContactOutcome.VOICEMAIL);
        assertThat(LogContactModel.forKey("3")).isEqualTo(ContactOutcome.CONVERSATION);
        assertThat(LogContactModel.forKey("4")).isEqualTo(ContactOutcome.PROMISE_TO_PAY);
        assertThat(LogContactModel.forKey("0")).isEqualTo(ContactOutcome.WRONG_PARTY);
        assertThat(LogContactModel.forKey("x")).isNull();
        assertThat(LogContactModel.forKey("")).isNull();
        for (ContactOutcome outcome : LogContactModel.KEYED) {
            assertThat(LogContactModel.forKey(LogContactModel.keyOf(outcome))).isEqualTo(outcome);
        }
        assertThat(LogContactModel.keyOf(ContactOutcome.NOT_IN_SERVICE)).isEmpty();
        assertThat(LogContactModel.defaultPromiseDate(LocalDate.parse("2026-03-10"))).isEqualTo("2026-03-13");
    }

    @Test
    void timesArePickedInTheHomeZoneAndShownInEveryZone() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        Instant at = ScheduleModel.instant(LocalDate.parse("2026-03-10"), "21:30", chicago);
        assertThat(at).isEqualTo(Instant.parse("2026-03-11T02:30:00Z"));
        assertThat(ScheduleModel.instant(LocalDate.parse("2026-03-10"), "9:05", chicago))
                .isEqualTo(Instant.parse("2026-03-10T14:05:00Z"));
        assertThat(ScheduleModel.instant(LocalDate.parse("2026-03-10"), "25:00", chicago)).isNull();
        assertThat(ScheduleModel.instant(LocalDate.parse("2026-03-10"), "soon", chicago)).isNull();
        assertThat(ScheduleModel.time(at, chicago)).isEqualTo("21:30");
        assertThat(ScheduleModel.inZones(at, List.of("America/Chicago", "America/Los_Angeles"), ZoneId.of("UTC")))
                .containsExactly("Tue 10 Mar 21:30  America/Chicago", "Tue 10 Mar 19:30  America/Los_Angeles");
    }
}
