package io.ghlsync.sync.mirror;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the two-way mirror ({@code ghlsync.mirror}), documented in application.yaml.
 *
 * @param locationId the HighLevel location mirrored with PushPress and the app; empty means the default location
 *                   ({@code ghlsync.ghl.location-id}, or the sandbox location)
 * @param deletes    what a delete on one side does to the other, per kind of object
 * @param deletedTag the tag the {@code tag} policy puts on a HighLevel contact whose PushPress customer was deleted
 */
@Validated
@ConfigurationProperties("ghlsync.mirror")
public record MirrorProperties(
        @DefaultValue("") String locationId,
        @DefaultValue @Valid @NotNull Deletes deletes,
        @DefaultValue("deleted-in-pushpress") @NotBlank String deletedTag) {

    /** What happens on the other side when an object is deleted on one side. */
    public enum DeletePolicy {
        /** Delete it there too. */
        PROPAGATE,
        /** Keep it there, tagged ({@code deleted-tag}); HighLevel contacts only, PushPress has no tags. */
        TAG,
        /** Keep it there untouched; the link is dropped. */
        IGNORE
    }

    /**
     * @param contact default {@code tag}: a customer deleted in PushPress leaves its HighLevel contact tagged, never
     *                deletes CRM data by itself; a contact deleted in HighLevel leaves the PushPress customer alone
     * @param task    default {@code propagate}
     * @param note    default {@code propagate}
     */
    public record Deletes(@DefaultValue("tag") @NotNull DeletePolicy contact,
                          @DefaultValue("propagate") @NotNull DeletePolicy task,
                          @DefaultValue("propagate") @NotNull DeletePolicy note) {

        @AssertTrue(message = "ghlsync.mirror.deletes.task and .note take propagate or ignore: tasks and notes have no tags")
        boolean isTagOnlyForContacts() {
            return task != DeletePolicy.TAG && note != DeletePolicy.TAG;
        }
    }
}
