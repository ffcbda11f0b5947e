package io.ghlsync.sandbox.ghl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongFunction;

/**
 * An append-only log that keeps the last {@code capacity} entries, numbered 1, 2, 3, … in the order
 * they were appended. Lock-free: appends claim a number and write one slot, so logging never makes
 * two requests wait for each other.
 */
final class BoundedLog<T> {

    private record Slot<T>(long sequence, T value) {
    }

    private final AtomicReferenceArray<Slot<T>> slots;
    private final AtomicLong last = new AtomicLong();

    BoundedLog(int capacity) {
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    /** Appends the entry {@code factory} makes for its sequence number, and returns it. */
    T append(LongFunction<T> factory) {
        long sequence = last.incrementAndGet();
        T value = factory.apply(sequence);
        slots.set(index(sequence), new Slot<>(sequence, value));
        return value;
    }

    /** The sequence number of the newest entry, 0 when empty. */
    long lastSequence() {
        return last.get();
    }

    /**
     * Entries numbered above {@code since}, oldest first, at most {@code limit}. Stops before an entry
     * that is numbered but not yet written, so a reader that continues from the last number it saw
     * never skips one.
     */
    List<T> since(long since, int limit) {
        long newest = last.get();
        long from = Math.max(since + 1, newest - slots.length() + 1);
        List<T> entries = new ArrayList<>();
        for (long sequence = from; sequence <= newest && entries.size() < limit; sequence++) {
            Slot<T> slot = slots.get(index(sequence));
            if (slot == null || slot.sequence() < sequence) {
                break;
            }
            if (slot.sequence() == sequence) {
                entries.add(slot.value());
            }
        }
        return entries;
    }

    private int index(long sequence) {
        return (int) (sequence % slots.length());
    }
}
