package io.ghlsync.ghl;

import static io.ghlsync.ghl.Operation.QueryParameter.optional;
import static io.ghlsync.ghl.Operation.QueryParameter.required;
import static io.ghlsync.ghl.Operation.read;
import static io.ghlsync.ghl.Operation.write;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every operation of the HighLevel Contacts API v2 ({@code src/test/resources/ghl/contacts.json},
 * 32 operations), written as code so nothing reads the spec at run time. The conformance test keeps
 * it honest against the spec; {@code docs/operations.md} is rendered from it.
 *
 * <p>Traps of the real API kept here on purpose: create is {@code POST /contacts/} with the
 * trailing slash; remove-tags and remove-followers are DELETEs with a JSON body; the note path
 * parameter is {@code {id}}; creates answer 201; the bulk tag operation's path parameter
 * {@code {type}} ({@code add}|{@code remove}) is in the template but not declared as a parameter.
 *
 * <p>Retry safety (see {@link Operation#retrySafe()}): creates of contacts, tasks and notes, and
 * enrolments into campaigns and workflows, are never repeated after an ambiguous failure, because a
 * request that timed out or answered 5xx may still have been carried out, and a second one would
 * create a duplicate or start a second run. They are retried only when the request certainly was
 * not carried out (429, or no connection made). Updates, deletes, upserts and the set-like tag and
 * follower calls are repeated: doing them twice leaves the same state (a repeated delete may then
 * answer 404, which the caller sees as a {@link GhlApiException}).
 */
public final class OperationCatalog {

    public static final String LOCATION_ID = "locationId";

    private static final String CONTACT = "{contact: Contact}";

    private static final List<Operation> ALL = Stream.of(
            // Contacts
            read("get-contact", GET, "/contacts/{contactId}", CONTACT),
            read("get-contacts", GET, "/contacts/", "{contacts: [Contact], count} (+ meta paging cursor); deprecated by HighLevel")
                    .query(required(LOCATION_ID), optional("startAfterId"), optional("startAfter"),
                            optional("query"), optional("limit"))
                    .paged(Operation.Paging.START_AFTER),
            read("search-contacts-advanced", POST, "/contacts/search", "{contacts: [Contact], total} (shape not in the spec)")
                    .withLocationInBody().paged(Operation.Paging.SEARCH),
            read("get-duplicate-contact", GET, "/contacts/search/duplicate", "{contact: Contact | null}")
                    .query(required(LOCATION_ID), optional("number"), optional("email")),
            read("get-contacts-by-businessId", GET, "/contacts/business/{businessId}", "{contacts: [Contact], count}")
                    .query(optional("limit"), required(LOCATION_ID), optional("skip"), optional("query"))
                    .paged(Operation.Paging.SKIP),
            write("create-contact", POST, "/contacts/", CONTACT).created().withLocationInBody().notRetrySafe(),
            write("upsert-contact", POST, "/contacts/upsert", "{new: boolean, contact: Contact, traceId}")
                    .withLocationInBody(),
            write("update-contact", PUT, "/contacts/{contactId}", "{succeded: true, contact: Contact}").withBody(),
            write("delete-contact", DELETE, "/contacts/{contactId}", "{succeded: true}"),
            // Tags
            write("add-tags", POST, "/contacts/{contactId}/tags", "{tags: [string]}").created().withBody(),
            write("remove-tags", DELETE, "/contacts/{contactId}/tags", "{tags: [string]}").withBody(),
            write("create-association", POST, "/contacts/bulk/tags/update/{type}", "{succeded, errorCount, responses: [...]}")
                    .created().withLocationInBody().scopeNotDeclared(),
            // Tasks
            read("get-all-tasks", GET, "/contacts/{contactId}/tasks", "{tasks: [Task]}"),
            read("get-task", GET, "/contacts/{contactId}/tasks/{taskId}", "{task: Task}"),
            write("create-task", POST, "/contacts/{contactId}/tasks", "{task: Task}").created().withBody().notRetrySafe(),
            write("update-task", PUT, "/contacts/{contactId}/tasks/{taskId}", "{task: Task}").withBody(),
            write("update-task-completed", PUT, "/contacts/{contactId}/tasks/{taskId}/completed", "{task: Task}").withBody(),
            write("delete-task", DELETE, "/contacts/{contactId}/tasks/{taskId}", "{succeded: true}"),
            // Notes: the path parameter is {id}, not {noteId}
            read("get-all-notes", GET, "/contacts/{contactId}/notes", "{notes: [Note]}"),
            read("get-note", GET, "/contacts/{contactId}/notes/{id}", "{note: Note}"),
            write("create-note", POST, "/contacts/{contactId}/notes", "{note: Note}").created().withBody().notRetrySafe(),
            write("update-note", PUT, "/contacts/{contactId}/notes/{id}", "{note: Note}").withBody(),
            write("delete-note", DELETE, "/contacts/{contactId}/notes/{id}", "{succeded: true}"),
            // Appointments
            read("get-appointments-for-contact", GET, "/contacts/{contactId}/appointments", "{events: [Appointment]}"),
            // Followers
            write("add-followers-contact", POST, "/contacts/{contactId}/followers", "{followers: [string], followersAdded: [string]}")
                    .created().withBody(),
            write("remove-followers-contact", DELETE, "/contacts/{contactId}/followers", "{followers: [string], followersRemoved: [string]}")
                    .withBody(),
            // Campaigns and workflows
            write("add-contact-to-campaign", POST, "/contacts/{contactId}/campaigns/{campaignId}", "{succeded: true}")
                    .created().withBody().notRetrySafe(),
            write("remove-contact-from-campaign", DELETE, "/contacts/{contactId}/campaigns/{campaignId}", "{succeded: true}"),
            write("remove-contact-from-every-campaign", DELETE, "/contacts/{contactId}/campaigns/removeAll", "{succeded: true}"),
            write("add-contact-to-workflow", POST, "/contacts/{contactId}/workflow/{workflowId}", "{succeded: true}")
                    .withBody().notRetrySafe(),
            write("delete-contact-from-workflow", DELETE, "/contacts/{contactId}/workflow/{workflowId}", "{succeded: true}")
                    .withBody(),
            // Businesses
            write("add-remove-contact-from-business", POST, "/contacts/bulk/business", "{success: boolean, ids: [string]}")
                    .withLocationInBody().scopeNotDeclared())
            .map(Operation.Draft::build)
            .toList();

    private static final Map<String, Operation> BY_NAME = ALL.stream()
            .collect(Collectors.toMap(Operation::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));

    private OperationCatalog() {
    }

    /** All operations, in catalog order. */
    public static List<Operation> all() {
        return ALL;
    }

    public static Optional<Operation> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The operation of that name, or an {@link UnknownOperationException} suggesting the closest names. */
    public static Operation require(String name) {
        return find(name).orElseThrow(() -> new UnknownOperationException(name, closestNames(name)));
    }

    /** Up to three catalog names nearest to {@code name} by edit distance, ignoring case. */
    static List<String> closestNames(String name) {
        String wanted = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return BY_NAME.keySet().stream()
                .map(candidate -> Map.entry(candidate, distance(wanted, candidate.toLowerCase(Locale.ROOT))))
                .filter(entry -> entry.getValue() <= Math.max(3, wanted.length() / 3))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
