package io.ghlsync.target;

/** 401 or 403: the key (or, for PushPress, the company id) is wrong, missing or lacks access. */
public class TargetAuthenticationException extends TargetRejectedException {

    public TargetAuthenticationException(String target, String operation, int status, String serverMessage) {
        super(target, operation, status, serverMessage, "HTTP " + status + ": " + serverMessage
                + " (check the " + target + " credentials in configuration: docs/targets.md)");
    }
}
