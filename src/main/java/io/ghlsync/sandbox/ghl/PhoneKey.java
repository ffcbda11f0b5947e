package io.ghlsync.sandbox.ghl;

import java.util.Locale;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The form two phone numbers are compared in when HighLevel looks for a duplicate contact:
 * "(555) 123-4567" and "+15551234567" are the same number. Local formats are read in the contact's
 * country (US when it has none); what libphonenumber cannot read is compared by its digits.
 */
final class PhoneKey {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneKey() {
    }

    static String of(String phone, String country) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String region = country == null || country.isBlank() ? "US" : country.toUpperCase(Locale.ROOT);
        try {
            PhoneNumber number = PHONES.parse(phone, region);
            if (PHONES.isPossibleNumber(number)) {
                return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        } catch (NumberParseException e) {
            // not a number libphonenumber understands: fall back to its digits
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }
}
