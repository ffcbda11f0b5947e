package io.ghlsync.mapping;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Hot reload ({@code ghlsync.mapping.hot-reload: true}): looks at the mapping folders every
 * interval and reloads those whose files changed. Polling, not file-system events, so it also
 * works on mounted volumes where change notifications do not arrive.
 */
final class TemplateReloader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TemplateReloader.class);

    private final Mapper mapper;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    TemplateReloader(Mapper mapper, Duration interval) {
        this.mapper = mapper;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mapping-hot-reload");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(100, interval.toMillis());
        scheduler.scheduleWithFixedDelay(this::reloadOnce, millis, millis, TimeUnit.MILLISECONDS);
        log.info("Mapping hot reload on: checking every {} ms", millis);
    }

    private void reloadOnce() {
        try {
            List<String> changed = mapper.reload();
            if (!changed.isEmpty()) {
                log.info("Mapping folders reloaded: {}", changed);
            }
        } catch (RuntimeException e) {
            // A folder that cannot be read right now (being replaced) must not end the reload thread.
            log.warn("Mapping hot reload failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
