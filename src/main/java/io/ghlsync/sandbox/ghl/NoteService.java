package io.ghlsync.sandbox.ghl;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * A contact's notes (contacts.json {@code NotesDTO}, {@code UpdateNoteDTO}; the path parameter is
 * {@code {id}}, not {@code {noteId}}), with NoteCreate, NoteUpdate and NoteDelete webhooks.
 */
@Component
@ConditionalOnSimulators
class NoteService {

    private static final Set<String> FIELDS = Set.of("userId", "body", "title", "color", "pinned");

    private final ContactStore store;
    private final WebhookPublisher webhooks;

    NoteService(ContactStore store, WebhookPublisher webhooks) {
        this.store = store;
        this.webhooks = webhooks;
    }

    List<SimNote> list(String contactId) {
        return List.copyOf(store.get(contactId).activity().notes().values());
    }

    SimNote get(String contactId, String noteId) {
        return find(store.get(contactId), noteId);
    }

    SimNote create(String contactId, JsonNode body) {
        check(body).requiredString("body").orThrow();
        SimNote note = new SimNote(GhlIds.random(), contactId, body.get("body").asText(), TaskService.text(body, "userId"),
                TaskService.text(body, "title"), TaskService.text(body, "color"),
                body.path("pinned").asBoolean(false), store.now());
        SimContact contact = store.change(contactId,
                (where, current) -> current.withActivity(current.activity().withNote(note))).after();
        webhooks.publish("NoteCreate", note.toWebhook(contact.locationId()));
        return note;
    }

    SimNote update(String contactId, String noteId, JsonNode body) {
        check(body).string("body", false).orThrow();
        ContactStore.Changed changed = store.change(contactId, (where, current) -> {
            SimNote note = find(current, noteId);
            SimNote updated = new SimNote(note.id(), note.contactId(),
                    body.hasNonNull("body") ? body.get("body").asText() : note.body(),
                    body.has("userId") ? TaskService.text(body, "userId") : note.userId(),
                    body.has("title") ? TaskService.text(body, "title") : note.title(),
                    body.has("color") ? TaskService.text(body, "color") : note.color(),
                    body.hasNonNull("pinned") ? body.get("pinned").asBoolean() : note.pinned(), note.dateAdded());
            return current.withActivity(current.activity().withNote(updated));
        });
        SimNote updated = changed.after().activity().notes().get(noteId);
        webhooks.publish("NoteUpdate", updated.toWebhook(changed.after().locationId()));
        return updated;
    }

    SimNote delete(String contactId, String noteId) {
        ContactStore.Changed changed = store.change(contactId, (where, current) -> {
            find(current, noteId);
            return current.withActivity(current.activity().withoutNote(noteId));
        });
        SimNote removed = changed.before().activity().notes().get(noteId);
        webhooks.publish("NoteDelete", removed.toWebhook(changed.after().locationId()));
        return removed;
    }

    private static BodyCheck check(JsonNode body) {
        return BodyCheck.of(body, FIELDS).string("userId", false).string("title", false).string("color", false)
                .bool("pinned", false);
    }

    private static SimNote find(SimContact contact, String noteId) {
        SimNote note = contact.activity().notes().get(noteId);
        if (note == null) {
            throw GhlError.notFound("Note not found");
        }
        return note;
    }
}
