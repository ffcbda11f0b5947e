package io.ghlsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;

import io.ghlsync.SyncAppTest;

@SyncAppTest
class QuartzJobStoreTest {

    @Autowired
    CamelContext camel;

    @Autowired
    Scheduler scheduler;

    @Test
    void schedulerIsClusteredOnTheDatabaseJobStore() throws Exception {
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    }

    @Test
    void camelQuartzRoutesFireFromTriggersStoredInTheDatabase() throws Exception {
        AtomicInteger fired = new AtomicInteger();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("quartz://quartz-store-test/tick?trigger.repeatInterval=200&trigger.repeatCount=-1")
                        .routeId("quartz-store-test")
                        .process(exchange -> fired.incrementAndGet());
            }
        });
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> fired.get() >= 2);
            // The trigger Camel scheduled lives in Spring's scheduler, whose store is the database.
            assertThat(scheduler.checkExists(TriggerKey.triggerKey("tick", "quartz-store-test"))).isTrue();
            assertThat(LocalDataSourceJobStore.class).isAssignableFrom(scheduler.getMetaData().getJobStoreClass());
        } finally {
            camel.getRouteController().stopRoute("quartz-store-test");
            camel.removeRoute("quartz-store-test");
        }
    }
}
