package io.ghlsync.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SequencedLogTest {

    private final SequencedLog<Long> log = new SequencedLog<>(3);

    @Test
    void answersTheEntriesAfterACursorOldestFirst() {
        for (int i = 0; i < 3; i++) {
            log.append(seq -> seq);
        }

        assertThat(log.since(0, 10)).containsExactly(1L, 2L, 3L);
        assertThat(log.since(2, 10)).containsExactly(3L);
        assertThat(log.since(0, 2)).containsExactly(1L, 2L);
    }

    @Test
    void keepsOnlyTheNewestEntriesWhenFull() {
        for (int i = 0; i < 5; i++) {
            log.append(seq -> seq);
        }

        assertThat(log.since(0, 10)).containsExactly(3L, 4L, 5L);
        assertThat(log.latestSeq()).isEqualTo(5);
    }

    @Test
    void numberingGoesOnAfterAClearSoOldCursorsStayValid() {
        log.append(seq -> seq);
        log.append(seq -> seq);
        log.clear();
        log.append(seq -> seq);

        assertThat(log.since(0, 10)).containsExactly(3L);
        assertThat(log.since(2, 10)).containsExactly(3L);
    }
}
