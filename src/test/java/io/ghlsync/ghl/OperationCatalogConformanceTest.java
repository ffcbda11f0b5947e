package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.ghl.Operation.QueryParameter;

/**
 * The catalog against the official spec, {@code src/test/resources/ghl/contacts.json}
 * (GoHighLevel/highlevel-api-docs {@code apps/contacts.json}, see PROVENANCE.md): a catalogued
 * operation whose method, path, path parameters, query parameters, scope, success status or body
 * requirement differs from the spec fails here, and so does a spec operation missing from the catalog.
 */
class OperationCatalogConformanceTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    record SpecOperation(String method, String path, JsonNode node) {

        String operationId() {
            return node.path("operationId").asText();
        }

        @Override
        public String toString() {
            return operationId();
        }
    }

    static List<SpecOperation> specOperations() throws IOException {
        try (InputStream in = OperationCatalogConformanceTest.class.getResourceAsStream("/ghl/contacts.json")) {
            JsonNode paths = new ObjectMapper().readTree(in).path("paths");
            List<SpecOperation> operations = new ArrayList<>();
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                if (METHODS.contains(method.getKey())) {
                    operations.add(new SpecOperation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue()));
                }
            }));
            return operations;
        }
    }

    @Test
    void everySpecOperationIsCatalogued() throws IOException {
        List<String> missing = specOperations().stream()
                .map(SpecOperation::operationId)
                .filter(id -> OperationCatalog.all().stream().noneMatch(op -> op.operationId().equals(id)))
                .toList();
        assertThat(missing).isEmpty();
        assertThat(specOperations()).hasSize(32);
    }

    @Test
    void theCatalogHoldsNothingTheSpecLacks() throws IOException {
        Set<String> specIds = new LinkedHashSet<>(specOperations().stream().map(SpecOperation::operationId).toList());
        assertThat(OperationCatalog.all()).extracting(Operation::operationId).containsExactlyInAnyOrderElementsOf(specIds);
    }

    @Test
    void namesAreTheOperationIdsInLowerCamelCase() {
        assertThat(OperationCatalog.require("getContact").operationId()).isEqualTo("get-contact");
        assertThat(OperationCatalog.require("searchContactsAdvanced").operationId()).isEqualTo("search-contacts-advanced");
        assertThat(OperationCatalog.require("getContactsByBusinessId").operationId()).isEqualTo("get-contacts-by-businessId");
        assertThat(OperationCatalog.require("createAssociation").operationId()).isEqualTo("create-association");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specOperations")
    void methodAndPathMatchTheSpec(SpecOperation spec) {
        Operation op = catalogued(spec);
        assertThat(op.method().name()).isEqualTo(spec.method());
        assertThat(op.path()).isEqualTo(spec.path());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specOperations")
    void pathParametersMatchTheSpec(SpecOperation spec) {
        // The spec does not always declare a placeholder as a parameter (create-association's {type}),
        // so the template's placeholders and the declared path parameters together are the truth.
        Set<String> expected = new LinkedHashSet<>(placeholders(spec.path()));
        parameters(spec, "path").forEach(p -> expected.add(p.path("name").asText()));
        assertThat(catalogued(spec).pathParameters()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specOperations")
    void queryParametersAndWhetherTheyAreRequiredMatchTheSpec(SpecOperation spec) {
        List<QueryParameter> expected = parameters(spec, "query")
                .map(p -> new QueryParameter(p.path("name").asText(), p.path("required").asBoolean(false)))
                .toList();
        assertThat(catalogued(spec).queryParameters()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specOperations")
    void requiredScopeMatchesTheSpec(SpecOperation spec) {
        List<String> declared = new ArrayList<>();
        spec.node().path("security").forEach(s -> s.path("bearer").forEach(scope -> declared.add(scope.asText())));
        Operation op = catalogued(spec);
        assertThat(op.scopeDeclared()).isEqualTo(!declared.isEmpty());
        if (op.scopeDeclared()) {
            assertThat(declared).containsExactly(op.requiredScope().value());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specOperations")
    void successStatusAndBodyRequirementMatchTheSpec(SpecOperation spec) {
        Operation op = catalogued(spec);
        List<String> success = new ArrayList<>();
        spec.node().path("responses").fieldNames().forEachRemaining(code -> {
            if (code.startsWith("2")) {
                success.add(code);
            }
        });
        assertThat(success).containsExactly(String.valueOf(op.successStatus()));
        assertThat(op.bodyRequired()).isEqualTo(spec.node().path("requestBody").path("required").asBoolean(false));
    }

    private static Operation catalogued(SpecOperation spec) {
        return OperationCatalog.all().stream()
                .filter(op -> op.operationId().equals(spec.operationId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not catalogued: " + spec.operationId()));
    }

    private static Stream<JsonNode> parameters(SpecOperation spec, String in) {
        List<JsonNode> found = new ArrayList<>();
        spec.node().path("parameters").forEach(p -> {
            if (in.equals(p.path("in").asText())) {
                found.add(p);
            }
        });
        return found.stream();
    }

    private static List<String> placeholders(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
