package io.paydesk.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

    private static TimeWindow hours(int from, int to) {
        Instant day = Instant.parse("2026-11-27T00:00:00Z");
        return TimeWindow.of(day.plus(Duration.ofHours(from)), day.plus(Duration.ofHours(to)));
    }

    @Test
    void aWindowIsHalfOpen() {
        TimeWindow nineToFive = hours(9, 17);

        assertThat(nineToFive.contains(hours(9, 9).start())).isTrue();
        assertThat(nineToFive.contains(hours(17, 17).start())).isFalse();
        assertThat(nineToFive.duration()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aWindowCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> hours(17, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThat(hours(9, 9).isEmpty()).isTrue();
    }

    @Test
    void theIntersectionIsWhatBothWindowsShare() {
        assertThat(hours(9, 17).intersect(hours(12, 20))).contains(hours(12, 17));
        assertThat(hours(9, 17).intersect(hours(10, 11))).contains(hours(10, 11));
        assertThat(hours(9, 13).intersect(hours(13, 17))).isEmpty();
        assertThat(hours(9, 13).intersect(hours(14, 17))).isEmpty();
    }

    @Test
    void subtractingAPauseInTheMiddleLeavesTwoPieces() {
        assertThat(hours(9, 17).subtract(hours(13, 14))).containsExactly(hours(9, 13), hours(14, 17));
        assertThat(hours(9, 17).subtract(hours(5, 10))).containsExactly(hours(10, 17));
        assertThat(hours(9, 17).subtract(hours(16, 20))).containsExactly(hours(9, 16));
        assertThat(hours(9, 17).subtract(hours(8, 18))).isEmpty();
        assertThat(hours(9, 17).subtract(hours(17, 18))).containsExactly(hours(9, 17));
        assertThat(hours(9, 17).subtract(hours(12, 12))).containsExactly(hours(9, 17));
    }

    @Test
    void pausesWaitingForTheCustomerComeOutOfTheWorkingWindows() {
        List<TimeWindow> working = List.of(hours(9, 13), hours(14, 17));
        List<TimeWindow> waitingForCustomer = List.of(hours(11, 15));

        List<TimeWindow> counted = TimeWindow.subtractAll(working, waitingForCustomer);

        assertThat(counted).containsExactly(hours(9, 11), hours(15, 17));
        assertThat(TimeWindow.total(counted)).isEqualTo(Duration.ofHours(4));
    }
}
