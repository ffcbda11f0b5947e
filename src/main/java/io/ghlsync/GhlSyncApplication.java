package io.ghlsync;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ghl-sync keeps a HighLevel location's contacts, tasks, notes and appointments in sync with the
 * other apps a business runs. Flows are the YAML routes in {@code routes/}; this application holds
 * the beans they call by name.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GhlSyncApplication {

    public static void main(String[] args) {
        SpringApplication.run(GhlSyncApplication.class, args);
    }
}
