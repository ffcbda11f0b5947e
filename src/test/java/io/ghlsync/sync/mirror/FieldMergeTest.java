package io.ghlsync.sync.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The merge decisions of {@link FieldMerge#reconcile}, one interleaving at a time. The timing-dependent versions of
 * these races run through the whole application in {@link ConcurrentEditsTest}; here each is pinned down.
 * {@code email} is owned by HighLevel (as in mappings/default), {@code city} by nobody.
 */
class FieldMergeTest {

    private static final Instant BEFORE = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant EARLIER = Instant.parse("2026-12-03T10:00:05.400Z");
    private static final Instant LATER = Instant.parse("2026-12-03T10:00:06Z");
    private static final Function<String, Optional<Side>> OWNERS =
            field -> field.equals("email") ? Optional.of(Side.GHL) : Optional.empty();

    private final LinkState state = new LinkState();
    private int reads;

    @BeforeEach
    void aPairThatAgrees() {
        for (Side side : Side.values()) {
            state.see(side, "email", text("conny@example.com"));
            state.see(side, "city", text("Austin"));
        }
        state.changed("email", BEFORE, Side.GHL);
        state.changed("city", BEFORE, Side.GHL);
    }

    @Test
    void anEchoOfTheValueLastSeenReadsNothingAndWritesNothing() {
        FieldMerge.Writes writes = reconcile(Side.APP, record("conny@example.com", "Austin"), LATER, Map.of());

        assertThat(reads).isZero();
        assertThat(writes.toGhl()).isEmpty();
        assertThat(writes.toApp()).isEmpty();
    }

    @Test
    void anEditOfAFieldNobodyOwnsIsWrittenToTheOtherSide() {
        FieldMerge.Writes writes = reconcile(Side.GHL, record("conny@example.com", "Boston"), LATER,
                record("conny@example.com", "Austin"));

        assertThat(writes.toApp()).containsExactly(Map.entry("city", text("Boston")));
        assertThat(writes.toGhl()).isEmpty();
    }

    @Test
    void anOlderEditLosesToANewerOneStillOnItsWayFromTheOtherSide() {
        FieldMerge.Writes writes = reconcile(Side.GHL, record("conny@example.com", "Boston"), EARLIER,
                record("conny@example.com", "Chicago"));

        assertThat(writes.toGhl()).containsExactly(Map.entry("city", text("Chicago")));
        assertThat(writes.toApp()).isEmpty();
    }

    /** PushPress's webhook handled first, HighLevel's change of the email it owns not yet seen by the link. */
    @Test
    void anAppEditOfAnOwnedFieldGetsTheOwnersCurrentValueNotTheOneLastSeen() {
        FieldMerge.Writes writes = reconcile(Side.APP, record("other@example.com", "Austin"), LATER,
                record("owner@example.com", "Austin"));

        assertThat(reads).isOne();
        assertThat(writes.toApp()).containsExactly(Map.entry("email", text("owner@example.com")));
        assertThat(writes.toGhl()).isEmpty();
    }

    /**
     * Seen in CI on PostgreSQL: HighLevel's worker wrote the new email to PushPress, PushPress's worker saved the link
     * first, and the retried HighLevel worker then found its own write on PushPress while the link still held the old
     * email on both sides. Writing the refused "other side's value" back would restore the old email.
     */
    @Test
    void aRetriedChangeWritesNothingWhenTheOtherSideAlreadyHoldsIt() {
        FieldMerge.Writes writes = reconcile(Side.GHL, record("owner@example.com", "Austin"), EARLIER,
                record("owner@example.com", "Austin"));

        assertThat(writes.toApp()).isEmpty();
        assertThat(writes.toGhl()).isEmpty();
        assertThat(state.seen(Side.GHL, "email")).isEqualTo(text("owner@example.com"));
        assertThat(state.seen(Side.APP, "email")).isEqualTo(text("owner@example.com"));
    }

    private FieldMerge.Writes reconcile(Side origin, Map<String, JsonNode> values, Instant at,
                                        Map<String, JsonNode> otherSideNow) {
        return FieldMerge.reconcile(state, origin, values, at, OWNERS, () -> {
            reads++;
            return new FieldMerge.Observed(otherSideNow, LATER);
        });
    }

    /** The compared fields of one side's record. */
    private static Map<String, JsonNode> record(String email, String city) {
        return Map.of("email", text(email), "city", text(city));
    }

    private static JsonNode text(String value) {
        return TextNode.valueOf(value);
    }
}
