package io.ghlsync.webhook;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks webhook bodies before the intake routes see them. platform-http reads the whole body into memory as soon
 * as a request arrives, before any route step runs, and reads it by its Content-Type (a form is parsed, a wildcard
 * type fails), so these checks have to sit in front of it: a Content-Type other than JSON is refused (415), a
 * declared Content-Length over the cap is refused without reading, a chunked body is read only up to one byte past
 * the cap (413), and an empty body is refused (400; platform-http would hand the route no body at all). What passes
 * is handed on from memory, byte for byte (the signature is checked over these bytes).
 */
class WebhookBodyFilter extends OncePerRequestFilter {

    /** The paths it guards, one per {@link WebhookSource}: {@code /webhooks/<source>}. */
    static final String PATH_PREFIX = "/webhooks/";

    private final long maxBytes;
    private final IntakeMetrics metrics;

    WebhookBodyFilter(long maxBytes, IntakeMetrics metrics) {
        this.maxBytes = maxBytes;
        this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            WebhookContentType.requireJson(request.getContentType());
        } catch (WebhookRejectedException notJson) {
            refuse(request, response, notJson);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            refuse(request, response, tooLarge());
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(request, response, tooLarge());
            return;
        }
        if (body.length == 0) {
            refuse(request, response, WebhookRejectedException.malformed("the body is empty: send the event as JSON"));
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private WebhookRejectedException tooLarge() {
        return WebhookRejectedException.tooLarge("the body is larger than " + maxBytes
                + " bytes (ghlsync.webhooks.max-body-size); nothing was stored");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, WebhookRejectedException rejection)
            throws IOException {
        String path = request.getServletPath();
        metrics.rejected(path.startsWith(PATH_PREFIX) ? path.substring(PATH_PREFIX.length()) : path, rejection.reason());
        response.setStatus(rejection.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write(WebhookAnswer.errorJson(rejection.status(), rejection.getMessage()));
    }

    /** The request with its body already read into memory. */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }
    }
}
