package io.ghlsync.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Samples from files: {@code mappings/<customer>/samples/<model>.json} when the customer has its
 * own (its custom-field ids), else the bundled {@code src/main/resources/mapping/samples/<model>.json}.
 */
final class BundledSamples implements SampleSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path mappings;

    BundledSamples(Path mappings) {
        this.mappings = mappings;
    }

    @Override
    public Optional<JsonNode> sample(String customer, String model) {
        if (!TemplateRegistry.NAME.matcher(customer).matches() || !ModelCatalog.NAMES.contains(model)) {
            return Optional.empty();
        }
        try {
            Path own = mappings.resolve(customer).resolve("samples").resolve(model + ".json");
            if (Files.isRegularFile(own)) {
                return Optional.of(JSON.readTree(own.toFile()));
            }
            try (InputStream in = BundledSamples.class.getResourceAsStream("/mapping/samples/" + model + ".json")) {
                return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample of " + model + " for " + customer, e);
        }
    }
}
