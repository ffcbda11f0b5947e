package io.ghlsync.sandbox.simulation;

/**
 * A simulated service refuses a request (validation, not found, conflict, auth); answered with
 * {@code status} in that service's own error shape.
 */
public class SimulatorRejection extends RuntimeException {

    private final int status;

    public SimulatorRejection(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
