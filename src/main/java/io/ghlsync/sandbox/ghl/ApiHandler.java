package io.ghlsync.sandbox.ghl;

/** Handles one admitted call of one operation; throws {@link GhlError} for error answers. */
@FunctionalInterface
interface ApiHandler {

    ApiAnswer handle(ApiRequest request);
}
