package io.ghlsync.sandbox.simulation;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** What differs between simulated services: how they check credentials and how their errors look. */
public interface SimulatedVendor {

    /** The refusal for a request with wrong or missing credentials, or empty to let it through. */
    Optional<SimulatorRejection> authenticate(HttpServletRequest request);

    /** The body of an error answer, in the vendor's documented shape. */
    Object errorBody(int status, String message);
}
