package io.ghlsync.ops;

import java.beans.PropertyEditorSupport;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The admin API's refusals ({@code io.ghlsync.ops} controllers), in the app's error shape. */
@RestControllerAdvice(basePackages = "io.ghlsync.ops")
class AdminApiErrors {

    /**
     * Refuses a request parameter holding a NUL character as having the wrong form: PostgreSQL cannot compare text
     * with one, so a filter carrying it would otherwise fail its query with a 500 there.
     */
    @InitBinder
    void noNulInParameters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text != null && text.indexOf('\0') >= 0) {
                    throw new IllegalArgumentException("contains a NUL character");
                }
                setValue(text);
            }
        });
    }

    @ExceptionHandler(AdminRequestException.class)
    ResponseEntity<Map<String, Object>> refused(AdminRequestException e) {
        return answer(e.status(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> wrongType(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, "parameter '" + e.getName() + "' has the wrong form: '" + e.getValue() + "'");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, "parameter '" + e.getParameterName() + "' is required");
    }

    static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
