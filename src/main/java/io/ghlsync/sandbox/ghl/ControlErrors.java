package io.ghlsync.sandbox.ghl;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * Errors of the control API in the same shapes as the simulated API's, so one client reads both.
 */
@RestControllerAdvice(assignableTypes = {GhlSimulatorControlController.class, SimulatedUserController.class})
@ConditionalOnSimulators
class ControlErrors {

    @ExceptionHandler(GhlError.class)
    ResponseEntity<ObjectNode> simulatorError(GhlError error) {
        return ResponseEntity.status(error.status()).body(error.body());
    }

    /** A setting out of range (e.g. a fault with probability 2). */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ObjectNode> invalidSetting(IllegalArgumentException error) {
        return simulatorError(GhlError.unprocessable(List.of(error.getMessage())));
    }

    /** Not JSON, or JSON a setting cannot be made of: the innermost cause says why. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ObjectNode> unreadable(HttpMessageNotReadableException error) {
        String reason = error.getMostSpecificCause().getMessage();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(GhlError.badRequest("Malformed request body: " + reason).body());
    }
}
