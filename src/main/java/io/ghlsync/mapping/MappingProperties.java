package io.ghlsync.mapping;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the mapping templates are and which customer folder each location uses.
 *
 * @param directory         the folder holding one sub-folder per customer ({@code default/} is required)
 * @param customers         HighLevel locationId → customer folder; unlisted locations use {@code default}
 * @param hotReload         re-read changed templates while running (a bad edit keeps the previous version)
 * @param hotReloadInterval how often to look for changes when hot reload is on
 */
@Validated
@ConfigurationProperties("ghlsync.mapping")
public record MappingProperties(
        @DefaultValue("mappings") @NotBlank String directory,
        Map<String, String> customers,
        @DefaultValue("false") boolean hotReload,
        @DefaultValue("2s") @NotNull Duration hotReloadInterval) {

    public MappingProperties {
        customers = customers == null ? Map.of() : Map.copyOf(customers);
        customers.forEach((location, customer) -> {
            if (!TemplateRegistry.NAME.matcher(customer).matches()) {
                throw new IllegalArgumentException("ghlsync.mapping.customers." + location + ": '" + customer
                        + "' is not a folder name (letters, digits, - and _)");
            }
        });
        if (hotReloadInterval != null && hotReloadInterval.isNegative()) {
            throw new IllegalArgumentException("ghlsync.mapping.hot-reload-interval must be positive");
        }
    }
}
