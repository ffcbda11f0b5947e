package io.ghlsync.target;

/** 404 for a record: it does not exist on the target (never created, or deleted there). */
public class TargetNotFoundException extends TargetRejectedException {

    public TargetNotFoundException(String target, String operation, int status, String serverMessage) {
        super(target, operation, status, serverMessage);
    }
}
