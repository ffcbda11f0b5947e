package io.ghlsync.ghl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;

/**
 * One HighLevel Contacts API operation as the client calls it. {@link OperationCatalog} holds all of
 * them; {@code OperationCatalogConformanceTest} checks each against
 * {@code src/test/resources/ghl/contacts.json}.
 *
 * @param operationId     the spec's {@code operationId}, e.g. {@code get-contact}
 * @param method          HTTP method
 * @param path            path template below the base URL, e.g. {@code /contacts/{contactId}}
 * @param queryParameters query parameters the spec declares, in spec order
 * @param requiredScope   the scope the client requires before sending anything
 * @param scopeDeclared   false for the two bulk operations whose spec declares no scope: they write,
 *                        so the client still requires {@code contacts.write} (least privilege)
 * @param successStatus   the status the spec answers on success (201 for creates, else 200)
 * @param bodyRequired    whether the spec requires a JSON request body
 * @param bodyLocationId  whether the request body carries {@code locationId} (the client fills it in
 *                        from the selected location when the caller left it out)
 * @param retrySafe       whether repeating the request after an ambiguous failure (timeout, 5xx,
 *                        truncated answer) cannot create a second object or start a second run
 * @param paging          how the operation pages, {@link Paging#NONE} if it does not
 * @param returns         what the success answer holds, for {@code docs/operations.md}
 */
public record Operation(
        String operationId,
        HttpMethod method,
        String path,
        List<QueryParameter> queryParameters,
        Scope requiredScope,
        boolean scopeDeclared,
        int successStatus,
        boolean bodyRequired,
        boolean bodyLocationId,
        boolean retrySafe,
        Paging paging,
        String returns) {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    public Operation {
        queryParameters = List.copyOf(queryParameters);
    }

    /** The name routes use ({@code ghl:getContact}): the {@code operationId} in lowerCamelCase. */
    public String name() {
        return camelCase(operationId);
    }

    /** Path parameters in the order they appear in {@link #path()}. */
    public List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        Matcher matcher = PATH_PARAMETER.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Whether the spec declares {@code locationId} as a query parameter of this operation. */
    public boolean takesLocationIdQuery() {
        return queryParameters.stream().anyMatch(q -> q.name().equals(OperationCatalog.LOCATION_ID));
    }

    public boolean writes() {
        return requiredScope == Scope.CONTACTS_WRITE;
    }

    // --- building the catalog -------------------------------------------------------------------

    static Draft read(String operationId, HttpMethod method, String path, String returns) {
        return new Draft(operationId, method, path, Scope.CONTACTS_READONLY, returns);
    }

    static Draft write(String operationId, HttpMethod method, String path, String returns) {
        return new Draft(operationId, method, path, Scope.CONTACTS_WRITE, returns);
    }

    /** An operation being described in {@link OperationCatalog}; defaults are the common case. */
    static final class Draft {
        private final String operationId;
        private final HttpMethod method;
        private final String path;
        private final Scope scope;
        private final String returns;
        private List<QueryParameter> query = List.of();
        private boolean scopeDeclared = true;
        private int successStatus = 200;
        private boolean bodyRequired;
        private boolean bodyLocationId;
        private boolean retrySafe = true;
        private Paging paging = Paging.NONE;

        private Draft(String operationId, HttpMethod method, String path, Scope scope, String returns) {
            this.operationId = operationId;
            this.method = method;
            this.path = path;
            this.scope = scope;
            this.returns = returns;
        }

        Draft query(QueryParameter... parameters) {
            query = List.of(parameters);
            return this;
        }

        Draft created() {
            successStatus = 201;
            return this;
        }

        Draft withBody() {
            bodyRequired = true;
            return this;
        }

        Draft withLocationInBody() {
            bodyRequired = true;
            bodyLocationId = true;
            return this;
        }

        Draft notRetrySafe() {
            retrySafe = false;
            return this;
        }

        Draft scopeNotDeclared() {
            scopeDeclared = false;
            return this;
        }

        Draft paged(Paging kind) {
            paging = kind;
            return this;
        }

        Operation build() {
            return new Operation(operationId, method, path, query, scope, scopeDeclared, successStatus,
                    bodyRequired, bodyLocationId, retrySafe, paging, returns);
        }
    }

    static String camelCase(String operationId) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : operationId.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    @Override
    public String toString() {
        return name() + " (" + method + " " + path + ")";
    }

    /** A query parameter; {@code required} as the spec declares it. */
    public record QueryParameter(String name, boolean required) {

        static QueryParameter required(String name) {
            return new QueryParameter(name, true);
        }

        static QueryParameter optional(String name) {
            return new QueryParameter(name, false);
        }
    }

    /** The two OAuth scopes of the Contacts API (docs/api-research.md §1.6). */
    public enum Scope {
        CONTACTS_READONLY, CONTACTS_WRITE;

        /** As HighLevel spells it: {@code contacts.readonly}, {@code contacts.write}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    /** How a list/search operation pages; docs/api-research.md §1.4. */
    public enum Paging {
        NONE,
        /** {@code GET /contacts/}: cursor {@code startAfter} + {@code startAfterId}. */
        START_AFTER,
        /** {@code POST /contacts/search}: {@code page}/{@code pageLimit} in the body, then {@code searchAfter}. */
        SEARCH,
        /** {@code GET /contacts/business/{businessId}}: {@code skip}/{@code limit}. */
        SKIP
    }
}
