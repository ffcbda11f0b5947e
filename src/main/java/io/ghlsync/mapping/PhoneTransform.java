package io.ghlsync.mapping;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * {@code phone}: a phone number in whatever form a person typed it ({@code (415) 555-0132},
 * {@code 07700 900123}) to E.164 ({@code +14155550132}), with libphonenumber. Numbers without a
 * country code belong to the region (option, else the customer's {@code phone-region}). A number
 * libphonenumber does not consider valid for its region is refused rather than passed on, because
 * both HighLevel and PushPress match people by phone and a wrong one would link the wrong person.
 *
 * <p>libphonenumber's regular expressions cost about 7 µs per number, most of the time spent
 * mapping a contact (BENCHMARKS.md, Mapping); results are remembered per transform, whose region
 * and format are fixed, so a contact mapped again costs a lookup.
 */
final class PhoneTransform implements Transform {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** About a megabyte at most per phone rule: the numbers of the contacts that changed lately. */
    private static final int REMEMBERED = 4096;

    private final String region;
    private final PhoneNumberFormat format;
    private final RecentResults recent = new RecentResults(REMEMBERED, this::normalise);

    PhoneTransform(String region, String format) {
        this.region = region.toUpperCase(Locale.ROOT);
        if (!PHONES.getSupportedRegions().contains(this.region)) {
            throw new IllegalArgumentException("phone region '" + region + "' is not a two-letter country code libphonenumber knows");
        }
        this.format = switch (format) {
            case "e164" -> PhoneNumberFormat.E164;
            case "international" -> PhoneNumberFormat.INTERNATIONAL;
            case "national" -> PhoneNumberFormat.NATIONAL;
            default -> throw new IllegalArgumentException("phone format '" + format + "' is not one of e164, international, national");
        };
    }

    @Override
    public JsonNode apply(JsonNode value) throws ValueProblem {
        String text = value.asText().trim();
        if (text.isEmpty()) {
            return MissingNode.getInstance();
        }
        return recent.get(text);
    }

    private JsonNode normalise(String text) throws ValueProblem {
        PhoneNumber number;
        try {
            number = PHONES.parse(text, region);
        } catch (NumberParseException e) {
            throw new ValueProblem("'" + text + "' is not a phone number (" + e.getMessage() + ")");
        }
        if (!PHONES.isValidNumber(number)) {
            throw new ValueProblem("'" + text + "' is not a valid phone number (region " + region + ")");
        }
        return TextNode.valueOf(PHONES.format(number, format));
    }
}
