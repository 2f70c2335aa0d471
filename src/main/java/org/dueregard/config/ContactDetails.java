package org.dueregard.config;

import org.dueregard.Problem;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the contact details every page shows: an email address that a {@code mailto:} link cannot turn into extra
 * mail headers, phone numbers a phone can dial (a UK number, an international one starting with +, or a short
 * service number) and a Relay UK number. Each problem has the line and, where a likely fix exists, a did-you-mean.
 */
final class ContactDetails {

    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9_+'-]+(\\.[A-Za-z0-9_+'-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})");
    private static final Pattern MAIL_HEADER_BREAK = Pattern.compile("(?i)%0[ad]|[\\r\\n]");
    /** Characters written between digits for readability; none of them is dialled. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\s*(,|;)?\\s*(ext|extn|extension|x)\\.?\\s*(\\d{1,6})$");
    private static final Pattern RELAY = Pattern.compile("(?i)(18001|18002)\\s*(then\\s+)?(.+)");
    private static final String PHONE_FIX = "Write a UK number such as 01234 567890, or an international one with + and the country code, "
            + "such as +44 1234 567890. Spaces, hyphens and brackets are fine.";

    private ContactDetails() {
    }

    /** A problem with the email address, or empty when it is fine. */
    static Optional<Problem> checkEmail(String email, String file, int line) {
        if (isEmail(email)) return Optional.empty();
        String fix = "Write the address alone, for example: email: equality@example.org";
        String suggestion = findRepairedEmail(email).map(repaired -> " - did you mean '" + repaired + "'?").orElse(".");
        if (MAIL_HEADER_BREAK.matcher(email).find()) {
            return Optional.of(Problem.error(file, line, "The contact email holds a line break (or %0A, %0D), which would add lines such "
                    + "as 'Bcc:' to every email sent from the site's links" + suggestion, fix));
        }
        if (email.indexOf('?') >= 0 || email.indexOf('&') >= 0) {
            return Optional.of(Problem.error(file, line, "The contact email has '?' or '&', which would add a subject, copies or text "
                    + "to every email sent from the site's links" + suggestion, fix));
        }
        String shown = email.length() > 80 ? email.substring(0, 80) + "..." : email;
        String what = email.chars().filter(c -> c == '@').count() != 1 ? "needs exactly one @" : "is not an email address";
        return Optional.of(Problem.error(file, line, "The contact email '" + shown + "' " + what + suggestion, fix));
    }

    static boolean isEmail(String email) {
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || email.length() > 254) return false;
        return LOCAL_PART.matcher(email.substring(0, at)).matches() && at <= 64 && DOMAIN.matcher(email.substring(at + 1)).matches();
    }

    /** The address with the usual slips mended (mailto:, spaces, commas for dots, a line added after it), if that makes one. */
    static Optional<String> findRepairedEmail(String email) {
        String repaired = email.strip();
        Matcher headers = Pattern.compile("(?i)%0[ad]|[\\r\\n?&]").matcher(repaired);
        if (headers.find()) repaired = repaired.substring(0, headers.start());
        repaired = repaired.replaceFirst("(?i)^mailto:", "").replaceAll("\\s+", "");
        int at = repaired.indexOf('@');
        if (at > 0) {
            String domain = repaired.substring(at + 1).replace(',', '.').replace(';', '.').replaceAll("\\.{2,}", ".")
                    .replaceAll("\\.$", "");
            repaired = repaired.substring(0, at + 1) + domain;
        }
        return !repaired.equals(email) && isEmail(repaired) ? Optional.of(repaired) : Optional.empty();
    }

    /** A problem with a phone number, or empty when a phone can dial it. {@code key} names it ("phone"). */
    static Optional<Problem> checkPhone(String phone, String key, String file, int line) {
        if (isPhone(phone)) return Optional.empty();
        if (RELAY.matcher(phone.strip()).matches() && isPhone(RELAY.matcher(phone.strip()).replaceFirst("$3"))) {
            return Optional.of(Problem.error(file, line, "The contact " + key + " '" + phone + "' is a Relay UK number.",
                    "Put it under text_relay: (text_relay: " + phone.strip() + "), and give the phone number itself here."));
        }
        String suggestion = findRepairedPhone(phone).map(repaired -> " - did you mean '" + repaired + "'?").orElse(".");
        return Optional.of(Problem.error(file, line, "The contact " + key + " '" + shorten(phone) + "' is not a phone number that can be dialled"
                + suggestion, PHONE_FIX));
    }

    /** A problem with the Relay UK number (18001 and the number to call), or empty when it is fine. */
    static Optional<Problem> checkTextRelay(String relay, String file, int line) {
        Matcher matcher = RELAY.matcher(relay.strip());
        if (matcher.matches() ? isPhone(matcher.group(3)) : isPhone(relay)) return Optional.empty();
        String suggestion = isPhone(relay.replaceFirst("(?i)^\\s*(text\\s*relay|relay\\s*uk)[:\\s]*", ""))
                ? " - did you mean '18001 " + relay.replaceFirst("(?i)^\\s*(text\\s*relay|relay\\s*uk)[:\\s]*", "").strip() + "'?" : ".";
        return Optional.of(Problem.error(file, line, "The contact text_relay '" + shorten(relay) + "' is not 18001 and a phone number"
                + suggestion, "Write the Relay UK prefix and your number, for example: text_relay: 18001 01234 567890"));
    }

    /** The digits to dial, with a leading + for an international number: what a {@code tel:} link may hold. */
    static String dialable(String phone) {
        String number = EXTENSION.matcher(phone.strip()).replaceFirst("");
        if (number.startsWith("+")) number = number.replace("(0)", "");
        String digits = number.replaceAll("[^0-9]", "");
        return number.startsWith("+") ? "+" + digits : digits;
    }

    static boolean isPhone(String phone) {
        String number = EXTENSION.matcher(phone.strip()).replaceFirst("");
        if (number.startsWith("+")) number = number.replaceFirst("^\\+\\s*(\\d+)\\s*\\(0\\)", "+$1");
        String compact = SEPARATORS.matcher(number).replaceAll("");
        if (!compact.matches("\\+?[0-9]+") || !balancedBrackets(number)) return false;
        if (compact.startsWith("+44")) return (compact.length() == 12 || compact.length() == 13) && compact.charAt(3) != '0';
        if (compact.startsWith("+")) return compact.length() >= 8 && compact.length() <= 16 && compact.charAt(1) != '0';
        if (compact.startsWith("00")) return compact.length() >= 9 && compact.length() <= 17;
        if (compact.startsWith("0")) return compact.length() == 10 || compact.length() == 11;
        // Short service numbers: 111, 999, 101, 119 and the 116 helplines (Samaritans: 116 123).
        return compact.matches("1[0-9]{2}|999|116[0-9]{3}");
    }

    /** The number with the usual slips mended: letter O for zero, a country code without +, +44 followed by 0. */
    static Optional<String> findRepairedPhone(String phone) {
        String repaired = phone.strip().replace('O', '0').replace('o', '0').replace('l', '1').replace('I', '1');
        if (repaired.matches("44[\\s\\d]{10,14}")) repaired = "+" + repaired;
        repaired = repaired.replaceFirst("^\\+44\\s*0", "+44 ");
        return !repaired.equals(phone.strip()) && isPhone(repaired) ? Optional.of(repaired) : Optional.empty();
    }

    private static boolean balancedBrackets(String number) {
        int depth = 0;
        for (char c : number.toCharArray()) {
            if (c == '(') depth++;
            if (c == ')' && --depth < 0) return false;
        }
        return depth == 0;
    }

    private static String shorten(String text) {
        String line = text.replaceAll("[\\r\\n]+", " ");
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }
}
