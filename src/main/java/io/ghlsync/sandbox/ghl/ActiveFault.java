package io.ghlsync.sandbox.ghl;

/**
 * A fault in force: its spec, how many more requests it will hit (null: no limit) and how many it hit.
 */
public record ActiveFault(String id, FaultSpec spec, Integer remaining, long applied) {
}
