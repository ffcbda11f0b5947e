package io.ghlsync.mapping;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * {@code email}: trimmed and lower-cased (HighLevel itself keeps {@code emailLowerCase} beside
 * {@code email}, contacts.json GetContectByIdSchema, and dedup across systems compares addresses),
 * and refused when it is not an address: one {@code @}, no spaces, a domain with a dot whose
 * labels are valid once internationalised (IDN) names are converted to ASCII.
 */
final class EmailTransform implements Transform {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    @Override
    public JsonNode apply(JsonNode value) throws ValueProblem {
        String text = value.asText().trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return MissingNode.getInstance();
        }
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@') || at == text.length() - 1 || text.chars().anyMatch(Character::isWhitespace)) {
            throw new ValueProblem("'" + text + "' is not an email address");
        }
        String domain = text.substring(at + 1);
        if (!domain.chars().allMatch(c -> c < 128)) {
            try {
                domain = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                throw new ValueProblem("'" + text + "' has an invalid domain");
            }
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || labels[labels.length - 1].length() < 2) {
            throw new ValueProblem("'" + text + "' has no top-level domain");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new ValueProblem("'" + text + "' has an invalid domain");
            }
        }
        return TextNode.valueOf(text);
    }
}
