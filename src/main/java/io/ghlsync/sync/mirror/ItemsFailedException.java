package io.ghlsync.sync.mirror;

import java.util.List;

import io.ghlsync.PermanentFailure;

/**
 * Some tasks or notes of a batch could not be mirrored; the others were. The batch goes to the error path whole
 * (replaying it is harmless for the ones already mirrored), named by the first failure. Retrying cannot help when
 * every failure was permanent.
 */
public class ItemsFailedException extends RuntimeException implements PermanentFailure {

    private final boolean permanent;

    ItemsFailedException(String what, List<RuntimeException> failures) {
        super(failures.size() + " " + what + " could not be mirrored; first: " + failures.get(0).getMessage(),
                failures.get(0));
        failures.stream().skip(1).forEach(this::addSuppressed);
        this.permanent = failures.stream().allMatch(failure -> failure instanceof PermanentFailure p && p.permanent());
    }

    @Override
    public boolean permanent() {
        return permanent;
    }
}
