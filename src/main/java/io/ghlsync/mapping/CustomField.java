package io.ghlsync.mapping;

/** A HighLevel custom field of a customer's location: its id (what contacts carry), key, name and kind. */
record CustomField(String id, String key, String name, Kind kind) {
}
