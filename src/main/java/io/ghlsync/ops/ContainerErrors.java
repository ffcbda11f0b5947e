package io.ghlsync.ops;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests Tomcat refuses before the application sees them (an encoded '/' or '\', an escape that is no UTF-8, a NUL,
 * a request line or headers too long) are answered in the app's error shape, {@code {"status","error","message"}},
 * instead of Tomcat's HTML page without a reason. Runs after Spring Boot's own Tomcat customizer, whose error report
 * valve it replaces.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final String MESSAGE = "the request cannot be read: its URL may hold an encoded '/' or '\\', a NUL or an "
            + "escape that is not UTF-8, or its request line or headers are too long";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // The host adds it on start, after every valve configured here.
            host.setErrorReportValveClass(JsonErrorReport.class.getName());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * Tomcat's error report for what never reached a servlet: JSON with Tomcat's reason (e.g. "Invalid URI: [The
     * encoded slash character is not allowed]"), and for a 5xx no details. Public: the host instantiates it.
     */
    public static class JsonErrorReport extends ErrorReportValve {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            HttpStatus shown = known != null ? known : status < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
            String reason = response.getMessage();
            String message = status >= 500 ? "the request failed" : reason == null || reason.isBlank() ? MESSAGE : reason;
            try {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(JSON.writeValueAsString(AdminApiErrors.answer(shown, message).getBody()));
                }
            } catch (IOException | IllegalStateException unwritable) {
                // the connection is gone or the answer already started: nothing more can be said
            }
        }
    }
}
