package io.ghlsync.mapping;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * What every template of one customer shares ({@code mappings/<customer>/customer.yaml}): the phone
 * region local numbers belong to, the time zone for dates without one, and named lookup tables
 * (one table serves both directions: {@code lookup: {table: membership, reverse: true}}).
 */
record CustomerSettings(String phoneRegion, ZoneId timeZone, Map<String, LookupTable> lookups) {

    static final CustomerSettings DEFAULTS = new CustomerSettings("US", ZoneId.of("UTC"), Map.of());

    private static final Set<String> KEYS = Set.of("phone-region", "time-zone", "lookups");

    static CustomerSettings load(YamlNode root, Problems problems) {
        if (root == null) {
            return DEFAULTS;
        }
        if (!root.isMap()) {
            problems.add(root, "customer.yaml holds phone-region, time-zone and lookups");
            return DEFAULTS;
        }
        for (Map.Entry<YamlNode, YamlNode> entry : root.entries()) {
            if (!KEYS.contains(entry.getKey().text())) {
                problems.add(entry.getKey(), "unknown setting '" + entry.getKey().text() + "'"
                        + Problems.suggestion(entry.getKey().text(), KEYS));
            }
        }
        String region = DEFAULTS.phoneRegion();
        YamlNode regionNode = root.get("phone-region");
        if (regionNode != null) {
            region = regionNode.text().toUpperCase(Locale.ROOT);
            if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
                problems.add(regionNode, "phone-region '" + regionNode.text()
                        + "' is not a two-letter country code libphonenumber knows (e.g. US, GB, DE)");
            }
        }
        ZoneId zone = DEFAULTS.timeZone();
        YamlNode zoneNode = root.get("time-zone");
        if (zoneNode != null) {
            try {
                zone = ZoneId.of(zoneNode.text());
            } catch (DateTimeException e) {
                problems.add(zoneNode, "time-zone '" + zoneNode.text() + "' is not a zone id (e.g. America/New_York, Europe/London)");
            }
        }
        Map<String, LookupTable> lookups = new LinkedHashMap<>();
        YamlNode tables = root.get("lookups");
        if (tables != null) {
            for (Map.Entry<YamlNode, YamlNode> table : tables.entries()) {
                LookupTable parsed = LookupTable.parse(table.getValue(), problems);
                if (parsed != null) {
                    lookups.put(table.getKey().text(), parsed);
                }
            }
        }
        return new CustomerSettings(region, zone, Map.copyOf(lookups));
    }
}
