package io.ghlsync.ops.alert;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What an alert is about, and how one window's incidents of that kind are summed up in one message. */
public enum AlertKind {

    /** A flow gave up on a record: it is in the dead-letter table. Key: the flow. */
    DEAD_LETTERS {
        @Override
        Alert summarise(IncidentGroup group) {
            return new Alert(this, "ghl-sync: " + plural(group.total(), "dead letter") + " since " + time(group.since()),
                    plural(group.total(), "record") + " failed after retrying and" + (group.total() == 1 ? " is" : " are")
                            + " in the dead-letter table, by flow: " + group.breakdown() + ".\nFirst: " + group.first().detail()
                            + ".\nFind and replay them: GET /api/dead-letters?status=OPEN");
        }
    },

    /** HighLevel refused a location's refresh token. Key: the location. */
    REAUTHORIZATION {
        @Override
        Alert summarise(IncidentGroup group) {
            int locations = group.keys();
            return new Alert(this, "ghl-sync: " + plural(locations, "location") + (locations == 1 ? " needs" : " need")
                            + " re-authorisation",
                    "HighLevel refused the OAuth grant of these locations; their calls fail until someone connects"
                            + " each again at /oauth/ghl/start:\n" + group.detailsByKey());
        }
    },

    /** The inbox does not keep up (its health is not UP). Key: {@code inbox}. */
    INBOX_BACKLOG {
        @Override
        Alert summarise(IncidentGroup group) {
            return new Alert(this, "ghl-sync: the inbox is backing up", group.latest().detail() + " (seen at "
                    + plural(group.reports(), "check") + " since " + time(group.since()) + ")");
        }
    },

    /** HighLevel answered 429 more often than the threshold. Key: {@code highlevel}. */
    RATE_LIMITED {
        @Override
        Alert summarise(IncidentGroup group) {
            return new Alert(this, "ghl-sync: HighLevel is rate-limiting", group.latest().detail() + " (seen at "
                    + plural(group.reports(), "check") + " since " + time(group.since()) + ")");
        }
    };

    /** The message for one window's incidents; texts carry ids and counts, never payloads or secrets. */
    abstract Alert summarise(IncidentGroup group);

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
