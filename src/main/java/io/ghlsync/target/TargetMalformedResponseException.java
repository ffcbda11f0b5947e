package io.ghlsync.target;

/** A 2xx answer that is not the JSON the API documents (not JSON at all, or a field missing). */
public class TargetMalformedResponseException extends TargetException {

    public TargetMalformedResponseException(String target, String operation, String problem, Throwable cause) {
        super(target, operation, "malformed answer: " + problem, cause);
    }
}
