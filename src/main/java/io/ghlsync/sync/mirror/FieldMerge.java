package io.ghlsync.sync.mirror;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Decides, field by field, what a change seen on one side of a pair means for the other side (README "The mirror"):
 * <ol>
 * <li>a value equal to the one last seen on that side is no change (the echo of our own write comes back so);</li>
 * <li>a value equal to what the other side holds needs no write: both agree;</li>
 * <li>a field owned by the other side (the templates' {@code owners:}) keeps the other side's value, which is
 * written back to this side — unless the other side has no value for it, which this side then fills in;</li>
 * <li>a field owned by this side, or owned by nobody and changed no earlier than its last change, is accepted and
 * written to the other side; an older change loses, and the newer value is written back to this side;</li>
 * <li>a field that became empty is not propagated: a side that merely lacks a field never erases it on the other.</li>
 * </ol>
 * Updates {@link LinkState} as it goes; the caller writes what it answers and then records what the writes
 * produced.
 */
final class FieldMerge {

    /**
     * @param accepted field → new value, to write to the other side
     * @param rejected field → the other side's value, to write back to the side that changed
     */
    record Result(Map<String, JsonNode> accepted, Map<String, JsonNode> rejected) {

        boolean isEmpty() {
            return accepted.isEmpty() && rejected.isEmpty();
        }
    }

    /** What to write to each side, field → value. */
    record Writes(Map<String, JsonNode> toGhl, Map<String, JsonNode> toApp) {

        Map<String, JsonNode> to(Side side) {
            return side == Side.GHL ? toGhl : toApp;
        }
    }

    /** Reads the other side's current record and its time, only when something is to be written there. */
    interface TargetReader {
        /** The other side's current values of the compared fields, and when they were last changed. */
        Observed read();
    }

    record Observed(Map<String, JsonNode> values, Instant at) {
    }

    private FieldMerge() {
    }

    /**
     * A change seen on {@code origin}, decided against what the other side holds <em>now</em>: when anything is to be
     * written, to either side, the other side's current record is read first and any change on it that this link has
     * not seen yet (its webhook still on the way, or a write of ours whose answer another worker recorded) is taken
     * into account with its own time. So a write never blindly overwrites a newer edit made on the other side
     * meanwhile, and a change refused for a field the other side owns gets the owner's current value, not the one
     * last seen: last-writer-wins and ownership hold across the race. A field both sides now hold alike is written to
     * neither, whatever the stored state expected.
     */
    static Writes reconcile(LinkState state, Side origin, Map<String, JsonNode> values, Instant at,
                            Function<String, Optional<Side>> owner, TargetReader target) {
        Side other = origin.other();
        Result probe = merge(LinkState.read(state.toJson()), origin, values, at, owner);
        if (probe.isEmpty()) {
            merge(state, origin, values, at, owner); // still records what was seen: emptied fields, values agreed on
            return new Writes(Map.of(), Map.of());
        }
        Map<String, JsonNode> toOrigin = new LinkedHashMap<>();
        Map<String, JsonNode> toOther = new LinkedHashMap<>();
        Observed now = target.read();
        Result theirs = merge(state, other, now.values(), now.at(), owner);
        toOrigin.putAll(theirs.accepted());
        toOther.putAll(theirs.rejected());
        Result ours = merge(state, origin, values, at, owner);
        ours.accepted().forEach((field, value) -> {
            toOther.put(field, value);
            toOrigin.remove(field);
        });
        ours.rejected().forEach((field, value) -> {
            toOrigin.put(field, value);
            toOther.remove(field);
        });
        values.forEach((field, value) -> {
            if (same(value, now.values().get(field))) {
                toOrigin.remove(field);
                toOther.remove(field);
            }
        });
        return origin == Side.GHL ? new Writes(toOrigin, toOther) : new Writes(toOther, toOrigin);
    }

    /**
     * @param incoming the changed side's current values of every compared field (absent fields as missing)
     * @param at       the changed side's time of these values
     * @param owner    field → the side that owns it, if one does
     */
    static Result merge(LinkState state, Side from, Map<String, JsonNode> incoming, Instant at,
                        Function<String, Optional<Side>> owner) {
        Map<String, JsonNode> accepted = new LinkedHashMap<>();
        Map<String, JsonNode> rejected = new LinkedHashMap<>();
        Side to = from.other();
        incoming.forEach((field, value) -> {
            JsonNode last = state.seen(from, field);
            LinkState.Change lastChange = state.lastChange(field);
            boolean older = lastChange != null && lastChange.at().isAfter(at);
            if (same(value, last) || (older && lastChange.by() == from)) {
                return; // unchanged, or a stale read of this side: nothing to learn from it
            }
            state.see(from, field, value);
            JsonNode theirs = state.seen(to, field);
            if (absent(value) || same(value, theirs)) {
                return;
            }
            Optional<Side> owning = owner.apply(field);
            if (!absent(theirs) && (owning.filter(to::equals).isPresent() || (owning.isEmpty() && older))) {
                rejected.put(field, theirs);
                return;
            }
            accepted.put(field, value);
            state.changed(field, at, from);
        });
        return new Result(accepted, rejected);
    }

    static boolean same(JsonNode a, JsonNode b) {
        return absent(a) ? absent(b) : a.equals(b);
    }

    static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || (value.isTextual() && value.asText().isEmpty());
    }
}
