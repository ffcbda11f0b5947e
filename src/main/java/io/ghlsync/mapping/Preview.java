package io.ghlsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Maps a sample record with a customer's template and shows the output and the warnings: what the
 * HTTP preview and the command line both answer.
 */
final class Preview {

    /** Stands in for the location in previews that are not given one (bodies such as the upsert need it). */
    static final String PREVIEW_LOCATION = "preview-location";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Mapper mapper;
    private final SampleSource samples;

    Preview(Mapper mapper, SampleSource samples) {
        this.mapper = mapper;
        this.samples = samples;
    }

    /** A customer or template name, refused when it could be anything but a plain file name. */
    static String checkName(String what, String value) {
        if (value == null || !TemplateRegistry.NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a plain name (letters, digits, - and _, "
                    + "no '/', '..' or '\\'), got '" + value + "'");
        }
        return value;
    }

    /**
     * @param sample the record to map, or null for the bundled realistic sample of the template's source model
     * @throws IllegalArgumentException     for a bad name or when there is no sample
     * @throws TemplateUnavailableException when the template does not exist or is invalid
     * @throws MappingException             when the sample cannot be mapped
     */
    ObjectNode run(String customer, String template, JsonNode sample, String locationId) {
        checkName("customer", customer);
        checkName("template", template);
        JsonNode record = sample;
        if (record == null) {
            String model = mapper.sourceModel(customer, template);
            record = samples.sample(customer, model)
                    .orElseThrow(() -> new IllegalArgumentException("no sample of " + model + " is available: send one"));
        }
        MappingResult result = mapper.preview(customer, template, record, locationId == null ? PREVIEW_LOCATION : locationId);
        ObjectNode answer = JSON.createObjectNode();
        answer.set("output", result.output());
        ArrayNode warnings = answer.putArray("warnings");
        result.warnings().forEach(warning -> warnings.addObject().put("field", warning.field()).put("message", warning.message()));
        if (result.tagChanges() != TagChanges.NONE) {
            answer.set("tagChanges", JSON.valueToTree(result.tagChanges()));
        }
        return answer;
    }
}
