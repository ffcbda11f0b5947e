package io.ghlsync.ops;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The answers of Spring Boot's {@code /error}: the refusals of the servlet container and of Spring MVC (an invalid
 * URI, a method not allowed, no such path, an unreadable body). A 4xx names its problem in {@code message}, as every
 * refusal of this app does; a 5xx does not, since an unexpected exception's message may show internals (it is in
 * the log).
 */
@Component
class ErrorMessages extends DefaultErrorAttributes {

    private static final String NO_MESSAGE = "No message available";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request,
                options.including(ErrorAttributeOptions.Include.MESSAGE));
        if (!(attributes.get("status") instanceof Integer status) || status >= 500) {
            attributes.remove("message");
        } else if (!(attributes.get("message") instanceof String message) || message.isBlank()
                || message.equals(NO_MESSAGE)) {
            attributes.put("message", attributes.get("error") + ": " + attributes.get("path"));
        }
        return attributes;
    }
}
