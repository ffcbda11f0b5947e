package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/operations.md} is rendered from {@link OperationCatalog}, so it cannot drift: this
 * test fails when the committed file differs from the rendering. After changing the catalog run
 * {@code mvn -B -q test -Dtest=OperationsDocumentTest -Dregenerate.docs=true} and commit the file.
 */
class OperationsDocumentTest {

    private static final Path DOCUMENT = Path.of("docs/operations.md");

    @Test
    void committedOperationsDocumentMatchesTheCatalog() throws IOException {
        String rendered = render();
        if (Boolean.getBoolean("regenerate.docs")) {
            Files.writeString(DOCUMENT, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOCUMENT)).as(DOCUMENT + " exists (regenerate with -Dregenerate.docs=true)").isTrue();
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as(DOCUMENT + " is out of date: regenerate with -Dregenerate.docs=true").isEqualTo(rendered);
    }

    static String render() {
        StringBuilder md = new StringBuilder();
        md.append("<!-- Generated from io.ghlsync.ghl.OperationCatalog by OperationsDocumentTest; do not edit.\n")
                .append("     Regenerate: mvn -B -q test -Dtest=OperationsDocumentTest -Dregenerate.docs=true -->\n\n")
                .append("# HighLevel operations\n\n")
                .append("Every operation of the HighLevel Contacts API v2 (`src/test/resources/ghl/contacts.json`), ")
                .append("callable from a route as `to: ghl:<name>` or from Java through `GhlApi`. ")
                .append("Parameters are taken from headers of the same name (`*` = required); the header ")
                .append("`locationId` also selects the location whose token and rate budget are used. ")
                .append("The request body is the message body. See README, \"HighLevel connection and auth\".\n\n")
                .append("| name | method | path | parameters (headers) | required scope | success | returns |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Operation op : OperationCatalog.all()) {
            md.append("| `").append(op.name()).append("` | ").append(op.method().name())
                    .append(" | `").append(op.path()).append("` | ").append(parameters(op))
                    .append(" | ").append(scope(op)).append(" | ").append(op.successStatus())
                    .append(" | ").append(returns(op)).append(" |\n");
        }
        md.append("\nNotes\n\n")
                .append("- † The spec declares no scope for the two bulk operations; they write, so the client ")
                .append("requires `contacts.write` before sending them.\n")
                .append("- \"body\" marks operations whose request body the spec requires; when it carries ")
                .append("`locationId` and the caller left it out, the client fills in the selected location.\n")
                .append("- \"sent once\" marks operations that are never repeated after an ambiguous failure (timeout, 5xx, ")
                .append("truncated answer), because the first request may have been carried out.\n")
                .append("- Paged operations (`?paged=true` on a `ghl:` endpoint, `GhlApi.stream`): ")
                .append(OperationCatalog.all().stream().filter(op -> op.paging() != Operation.Paging.NONE)
                        .map(op -> "`" + op.name() + "`").collect(Collectors.joining(", ")))
                .append(".\n");
        return md.toString();
    }

    private static String parameters(Operation op) {
        List<String> names = new ArrayList<>();
        op.pathParameters().forEach(p -> names.add("`" + p + "`*"));
        op.queryParameters().forEach(q -> names.add("`" + q.name() + "`" + (q.required() ? "*" : "")));
        if (op.bodyRequired()) {
            names.add(op.bodyLocationId() ? "body (with `locationId`)" : "body");
        }
        return names.isEmpty() ? "–" : String.join(", ", names);
    }

    private static String scope(Operation op) {
        return "`" + op.requiredScope().value() + "`" + (op.scopeDeclared() ? "" : " †");
    }

    private static String returns(Operation op) {
        return "`" + op.returns().replace("|", "\\|") + "`" + (op.retrySafe() ? "" : " (sent once)");
    }
}
