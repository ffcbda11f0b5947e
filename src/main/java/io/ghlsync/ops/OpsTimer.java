package io.ghlsync.ops;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * The one background thread of the operations side: the dead-letter gauge's recount, the connector checks, the
 * alert windows and watches. Every task is short (a counted query, an asynchronous HTTP probe, a message put on a
 * queue), so one thread serves them all without holding up the flows. A task that throws is logged and runs again
 * at its next time: a scheduled executor would otherwise cancel a periodic task silently after its first failure.
 */
@Component
@ConditionalOnSync
public class OpsTimer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OpsTimer.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ops-timer");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code task} now and then every {@code period}. */
    public void every(Duration period, String name, Runnable task) {
        submit(() -> executor.scheduleWithFixedDelay(guarded(name, task), 0, period.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Runs {@code task} once, after {@code delay}. */
    public void after(Duration delay, String name, Runnable task) {
        submit(() -> executor.schedule(guarded(name, task), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS));
    }

    private static void submit(Runnable schedule) {
        try {
            schedule.run();
        } catch (RejectedExecutionException shuttingDown) {
            // The application is stopping: nothing is scheduled any more.
        }
    }

    private static Runnable guarded(String name, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Background task '{}' failed; it runs again at its next time: {}", name, e.toString());
            }
        };
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
