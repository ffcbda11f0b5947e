package io.ghlsync.mapping;

/**
 * A data shape a template reads from or writes to (a HighLevel contact, a PushPress customer, a
 * Push notification…), described as data in {@code src/main/resources/mapping/models/}.
 *
 * @param system    which side of a sync the model belongs to ({@code ghl}, {@code pushpress}, {@code app},
 *                  {@code push}); field ownership is declared per system
 * @param tagsField the list-of-text field holding the record's tags, or null when it has none
 */
record Model(String name, String system, ModelField root, String tagsField) {
}
