package io.ghlsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** Remembering a transform's results changes what it costs, never what it answers. */
class RecentResultsTest {

    private final List<String> computed = new ArrayList<>();

    private JsonNode shout(String text) throws ValueProblem {
        computed.add(text);
        if (text.equals("bad")) {
            throw new ValueProblem("'bad' is refused");
        }
        return TextNode.valueOf(text.toUpperCase());
    }

    @Test
    void computesEachTextOnceAndAnswersAsTheComputationDid() throws ValueProblem {
        RecentResults recent = new RecentResults(10, this::shout);

        assertThat(recent.get("a").asText()).isEqualTo("A");
        assertThat(recent.get("a").asText()).isEqualTo("A");
        assertThat(recent.get("b").asText()).isEqualTo("B");

        assertThat(computed).containsExactly("a", "b");
    }

    @Test
    void aRefusalIsRememberedWithItsMessage() {
        RecentResults recent = new RecentResults(10, this::shout);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> recent.get("bad")).isInstanceOf(ValueProblem.class).hasMessage("'bad' is refused");
        }
        assertThat(computed).containsExactly("bad");
    }

    @Test
    void holdsNoMoreThanItsCapacity() throws ValueProblem {
        RecentResults recent = new RecentResults(2, this::shout);

        recent.get("a");
        recent.get("b");
        recent.get("c");
        recent.get("a");

        assertThat(computed).containsExactly("a", "b", "c", "a");
    }
}
