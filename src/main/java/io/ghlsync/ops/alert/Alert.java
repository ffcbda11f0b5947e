package io.ghlsync.ops.alert;

/**
 * One message to the alert channels: a summary of one kind's incidents over a window.
 *
 * @param kind    what it is about
 * @param subject one line (the e-mail subject, Slack's bold first line)
 * @param text    the body
 */
public record Alert(AlertKind kind, String subject, String text) {

    /** Slack's incoming-webhook text: the subject in bold (mrkdwn), then the body. */
    public String slackText() {
        return "*" + subject + "*\n" + text;
    }
}
