package io.ghlsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One compiled step of a rule's {@code transform:} chain. Values are never null: an absent value is
 * a {@code MissingNode}, which a transform may also return ("no value"). Implementations are built
 * once when a template loads and hold no per-record state, so they are shared across threads; one
 * may remember its recent results ({@link RecentResults}) as long as that never changes an answer.
 */
@FunctionalInterface
interface Transform {

    JsonNode apply(JsonNode value) throws ValueProblem;
}
