package io.ghlsync.sandbox.ghl;

import org.springframework.http.HttpMethod;

/**
 * Every operation the simulator answers: the 32 Contacts operations of
 * {@code src/test/resources/ghl/contacts.json} (name = the spec's {@code operationId} in lowerCamelCase,
 * exactly as the client's catalog names them, docs/architecture.md) plus the two OAuth endpoints.
 *
 * <p>The order matters: routes are matched first to last, so a literal path such as
 * {@code /campaigns/removeAll} comes before the {@code /campaigns/{campaignId}} it would otherwise be
 * captured by.
 */
enum GhlOperation {

    SEARCH_CONTACTS_ADVANCED("searchContactsAdvanced", "POST", "/contacts/search", Scope.READ, 200),
    GET_DUPLICATE_CONTACT("getDuplicateContact", "GET", "/contacts/search/duplicate", Scope.READ, 200),
    GET_ALL_TASKS("getAllTasks", "GET", "/contacts/{contactId}/tasks", Scope.READ, 200),
    CREATE_TASK("createTask", "POST", "/contacts/{contactId}/tasks", Scope.WRITE, 201),
    GET_TASK("getTask", "GET", "/contacts/{contactId}/tasks/{taskId}", Scope.READ, 200),
    UPDATE_TASK("updateTask", "PUT", "/contacts/{contactId}/tasks/{taskId}", Scope.WRITE, 200),
    DELETE_TASK("deleteTask", "DELETE", "/contacts/{contactId}/tasks/{taskId}", Scope.WRITE, 200),
    UPDATE_TASK_COMPLETED("updateTaskCompleted", "PUT", "/contacts/{contactId}/tasks/{taskId}/completed", Scope.WRITE, 200),
    GET_APPOINTMENTS_FOR_CONTACT("getAppointmentsForContact", "GET", "/contacts/{contactId}/appointments", Scope.READ, 200),
    ADD_TAGS("addTags", "POST", "/contacts/{contactId}/tags", Scope.WRITE, 201),
    REMOVE_TAGS("removeTags", "DELETE", "/contacts/{contactId}/tags", Scope.WRITE, 200),
    GET_ALL_NOTES("getAllNotes", "GET", "/contacts/{contactId}/notes", Scope.READ, 200),
    CREATE_NOTE("createNote", "POST", "/contacts/{contactId}/notes", Scope.WRITE, 201),
    GET_NOTE("getNote", "GET", "/contacts/{contactId}/notes/{id}", Scope.READ, 200),
    UPDATE_NOTE("updateNote", "PUT", "/contacts/{contactId}/notes/{id}", Scope.WRITE, 200),
    DELETE_NOTE("deleteNote", "DELETE", "/contacts/{contactId}/notes/{id}", Scope.WRITE, 200),
    // The two bulk operations declare no scope in the spec; the simulator follows it.
    CREATE_ASSOCIATION("createAssociation", "POST", "/contacts/bulk/tags/update/{type}", Scope.NONE, 201),
    ADD_REMOVE_CONTACT_FROM_BUSINESS("addRemoveContactFromBusiness", "POST", "/contacts/bulk/business", Scope.NONE, 200),
    GET_CONTACT("getContact", "GET", "/contacts/{contactId}", Scope.READ, 200),
    UPDATE_CONTACT("updateContact", "PUT", "/contacts/{contactId}", Scope.WRITE, 200),
    DELETE_CONTACT("deleteContact", "DELETE", "/contacts/{contactId}", Scope.WRITE, 200),
    UPSERT_CONTACT("upsertContact", "POST", "/contacts/upsert", Scope.WRITE, 200),
    GET_CONTACTS_BY_BUSINESS_ID("getContactsByBusinessId", "GET", "/contacts/business/{businessId}", Scope.READ, 200),
    ADD_FOLLOWERS_CONTACT("addFollowersContact", "POST", "/contacts/{contactId}/followers", Scope.WRITE, 201),
    REMOVE_FOLLOWERS_CONTACT("removeFollowersContact", "DELETE", "/contacts/{contactId}/followers", Scope.WRITE, 200),
    REMOVE_CONTACT_FROM_EVERY_CAMPAIGN("removeContactFromEveryCampaign", "DELETE", "/contacts/{contactId}/campaigns/removeAll", Scope.WRITE, 200),
    ADD_CONTACT_TO_CAMPAIGN("addContactToCampaign", "POST", "/contacts/{contactId}/campaigns/{campaignId}", Scope.WRITE, 201),
    REMOVE_CONTACT_FROM_CAMPAIGN("removeContactFromCampaign", "DELETE", "/contacts/{contactId}/campaigns/{campaignId}", Scope.WRITE, 200),
    ADD_CONTACT_TO_WORKFLOW("addContactToWorkflow", "POST", "/contacts/{contactId}/workflow/{workflowId}", Scope.WRITE, 200),
    DELETE_CONTACT_FROM_WORKFLOW("deleteContactFromWorkflow", "DELETE", "/contacts/{contactId}/workflow/{workflowId}", Scope.WRITE, 200),
    CREATE_CONTACT("createContact", "POST", "/contacts/", Scope.WRITE, 201),
    GET_CONTACTS("getContacts", "GET", "/contacts/", Scope.READ, 200),

    // oauth.json: the token endpoint takes client credentials in a form body, no bearer, no Version.
    OAUTH_TOKEN("oauthToken", "POST", "/oauth/token", Scope.NONE, 200),
    // The marketplace consent page (docs/api-research.md §1.6), approved at once for the sandbox location.
    OAUTH_CHOOSE_LOCATION("oauthChooseLocation", "GET", "/oauth/chooselocation", Scope.NONE, 302);

    /** The OAuth scope an operation declares in the spec ({@code security: bearer: [...]}). */
    enum Scope {
        READ("contacts.readonly"), WRITE("contacts.write"), NONE(null);

        private final String value;

        Scope(String value) {
            this.value = value;
        }

        String value() {
            return value;
        }
    }

    private final String operationName;
    private final HttpMethod method;
    private final String path;
    private final Scope scope;
    private final int successStatus;

    GhlOperation(String operationName, String method, String path, Scope scope, int successStatus) {
        this.operationName = operationName;
        this.method = HttpMethod.valueOf(method);
        this.path = path;
        this.scope = scope;
        this.successStatus = successStatus;
    }

    String operationName() {
        return operationName;
    }

    HttpMethod method() {
        return method;
    }

    /** The path below the simulator's prefix, exactly as in the spec. */
    String path() {
        return path;
    }

    Scope scope() {
        return scope;
    }

    int successStatus() {
        return successStatus;
    }

    /** Contacts API calls need a bearer token and the {@code Version} header and spend rate budget. */
    boolean isContactsApi() {
        return this != OAUTH_TOKEN && this != OAUTH_CHOOSE_LOCATION;
    }
}
