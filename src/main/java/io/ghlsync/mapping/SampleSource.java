package io.ghlsync.mapping;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Realistic records of a model for previews without a sample. The bundled implementation reads
 * files; another can fetch live records (e.g. from the HighLevel simulator) behind the same interface.
 */
public interface SampleSource {

    /**
     * @param customer the customer folder (its custom fields differ, so its samples may too)
     * @param model    a model name such as {@code ghl-contact}
     */
    Optional<JsonNode> sample(String customer, String model);
}
