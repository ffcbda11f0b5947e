package io.ghlsync.mapping;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.ghlsync.ConditionalOnSync;

/**
 * {@code POST /api/mappings/{customer}/{template}/preview} (admin token required, as all of
 * {@code /api/**}): maps the JSON body, or without a body a realistic sample, and answers
 * {@code {output, warnings}} so an integrator can check a template before a flow uses it.
 */
@RestController
@ConditionalOnSync
class MappingPreviewController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Preview preview;

    MappingPreviewController(Mapper mapper, SampleSource samples) {
        this.preview = new Preview(mapper, samples);
    }

    @PostMapping(path = "/api/mappings/{customer}/{template}/preview", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode preview(@PathVariable String customer, @PathVariable String template,
            @RequestParam(required = false) String locationId, @RequestBody(required = false) String body)
            throws JsonProcessingException {
        JsonNode sample = body == null || body.isBlank() ? null : JSON.readTree(body);
        return preview.run(customer, template, sample, locationId);
    }

    @ExceptionHandler(JsonProcessingException.class)
    ResponseEntity<ObjectNode> notJson(JsonProcessingException e) {
        return error(HttpStatus.BAD_REQUEST, "the sample is not valid JSON: " + e.getOriginalMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ObjectNode> badRequest(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(TemplateUnavailableException.class)
    ResponseEntity<ObjectNode> unavailable(TemplateUnavailableException e) {
        ResponseEntity<ObjectNode> answer = error(e.problems().isEmpty() ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_ENTITY,
                e.getMessage());
        ArrayNode problems = answer.getBody().putArray("problems");
        e.problems().forEach(problem -> problems.add(problem.toString()));
        return answer;
    }

    @ExceptionHandler(MappingException.class)
    ResponseEntity<ObjectNode> recordFailed(MappingException e) {
        ResponseEntity<ObjectNode> answer = error(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        answer.getBody().put("template", e.template()).put("field", e.field()).put("problem", e.problem());
        return answer;
    }

    private static ResponseEntity<ObjectNode> error(HttpStatus status, String message) {
        ObjectNode body = JSON.valueToTree(Map.of("status", status.value(), "error", status.getReasonPhrase(),
                "message", message));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
