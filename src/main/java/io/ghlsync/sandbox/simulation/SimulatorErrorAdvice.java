package io.ghlsync.sandbox.simulation;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * Answers the refusals of {@link SimulatedApi} controllers: in the vendor's error shape on its API
 * paths, as {@code {"message": …}} on control paths. Malformed JSON and bad parameters are 400s
 * naming the problem, never a 500.
 */
@RestControllerAdvice(annotations = SimulatedApi.class)
@ConditionalOnSimulators
class SimulatorErrorAdvice {

    private final SimulatedServices services;

    SimulatorErrorAdvice(SimulatedServices services) {
        this.services = services;
    }

    @ExceptionHandler(SimulatorRejection.class)
    ResponseEntity<Object> rejected(SimulatorRejection rejection, HttpServletRequest request) {
        return answer(request, rejection.status(), rejection.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(request, 400, "request body is not valid JSON of the expected shape");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Object> badRequest(Exception e, HttpServletRequest request) {
        int status = e instanceof ErrorResponse response ? response.getStatusCode().value() : 400;
        String message = e instanceof MethodArgumentTypeMismatchException mismatch
                ? "parameter '" + mismatch.getName() + "' has an invalid value"
                : e.getMessage();
        return answer(request, status, message);
    }

    private ResponseEntity<Object> answer(HttpServletRequest request, int status, String message) {
        String path = request.getRequestURI();
        Object body = services.forPath(path)
                .filter(service -> !SimulatedServices.isControl(service, path))
                .map(service -> service.vendor().errorBody(status, message))
                .orElse(Map.of("message", message));
        return ResponseEntity.status(status).body(body);
    }
}
