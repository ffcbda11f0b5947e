package io.ghlsync;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.ghlsync.mapping.MappingCli;

/**
 * ghl-sync keeps a HighLevel location's contacts, tasks, notes and appointments in sync with the
 * other apps a business runs. Flows are the YAML routes in {@code routes/}; this application holds
 * the beans they call by name.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GhlSyncApplication {

    public static void main(String[] args) {
        // "mapping preview|check …" checks templates without starting the app (io.ghlsync.mapping.MappingCli).
        if (args.length > 0 && args[0].equals("mapping")) {
            System.exit(MappingCli.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(GhlSyncApplication.class, args);
    }
}
