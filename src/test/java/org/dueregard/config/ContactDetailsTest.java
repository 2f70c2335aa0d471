package org.dueregard.config;

import org.dueregard.Problem;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactDetailsTest {

    private static String emailMessage(String email) {
        return ContactDetails.checkEmail(email, "dueregard.yml", 5).map(Problem::message).orElse("fine");
    }

    private static String phoneMessage(String phone) {
        return ContactDetails.checkPhone(phone, "phone", "dueregard.yml", 6).map(Problem::message).orElse("fine");
    }

    @Test
    void acceptsOrdinaryAddresses() {
        for (String email : new String[]{"equality@example.org", "edi.team@nhs.net", "o'brien+equality@council.gov.uk", "a@xn--bcher-kva.example"}) {
            assertEquals("fine", emailMessage(email), email);
        }
    }

    @Test
    void refusesAddressesThatAddMailHeaders() {
        assertTrue(emailMessage("equality@example.org\nBcc: all@example.org").startsWith("The contact email holds a line break"));
        assertTrue(emailMessage("equality@example.org%0ABcc:all@example.org").endsWith("did you mean 'equality@example.org'?"));
        assertTrue(emailMessage("equality@example.org%0d%0aCc:x@example.org").startsWith("The contact email holds a line break"));
        assertTrue(emailMessage("equality@example.org?bcc=all@example.org").startsWith("The contact email has '?' or '&'"));
        assertTrue(emailMessage("equality@example.org&subject=x").startsWith("The contact email has '?' or '&'"));
    }

    @Test
    void suggestsTheAddressMeant() {
        assertEquals("The contact email 'equality@example,org' is not an email address - did you mean 'equality@example.org'?",
                emailMessage("equality@example,org"));
        assertEquals(Optional.of("equality@example.org"), ContactDetails.findRepairedEmail("mailto:equality@example.org"));
        assertEquals(Optional.of("equality@example.org"), ContactDetails.findRepairedEmail("equality @ example.org"));
        assertEquals(Optional.of("equality@example.org"), ContactDetails.findRepairedEmail("equality@example..org."));
        assertEquals(Optional.empty(), ContactDetails.findRepairedEmail("not an address"));
        assertEquals("The contact email 'equality.example.org' needs exactly one @.", emailMessage("equality.example.org"));
        assertEquals("The contact email 'equality@example' is not an email address.", emailMessage("equality@example"));
        assertEquals("The contact email '<script>@example.org' is not an email address.", emailMessage("<script>@example.org"));
    }

    @Test
    void acceptsUkInternationalAndServiceNumbers() {
        for (String phone : new String[]{"01234 567890", "0800 123 456", "0300 123 4567", "(01782) 298002", "020-7946-0000",
                "+44 1234 567890", "+44 (0)1234 567890", "+1 202 555 0100", "0044 1234 567890", "111", "116 123",
                "01234 567890 ext. 123"}) {
            assertEquals("fine", phoneMessage(phone), phone);
        }
    }

    @Test
    void refusesWhatCannotBeDialledWithADidYouMean() {
        assertEquals("The contact phone 'O1234 567890' is not a phone number that can be dialled - did you mean '01234 567890'?",
                phoneMessage("O1234 567890"));
        assertTrue(phoneMessage("44 1234 567890").endsWith("did you mean '+44 1234 567890'?"));
        assertTrue(phoneMessage("+44 01234 567890").endsWith("did you mean '+44 1234 567890'?"));
        for (String phone : new String[]{"01234 5678", "012345 678901 23", "javascript:alert(1)", "call 0800 FREE", "+0 123 456 789",
                "01234 567890\nBcc", "0123) 4567 890(", "1234 567890"}) {
            assertTrue(phoneMessage(phone).contains("is not a phone number"), phone);
        }
        assertEquals("The contact phone '18001 01234 567890' is a Relay UK number.", phoneMessage("18001 01234 567890"));
    }

    @Test
    void aTelLinkDialsOnlyDigitsAndALeadingPlus() {
        assertEquals("01234567890", ContactDetails.dialable("01234 567890"));
        assertEquals("+441234567890", ContactDetails.dialable("+44 (0)1234 567-890"));
        assertEquals("01234567890", ContactDetails.dialable("(01234) 567890 extension 12"));
        assertEquals("+12025550100", ContactDetails.dialable("+1.202.555.0100"));
    }

    @Test
    void textRelayIs18001AndANumber() {
        for (String relay : new String[]{"18001 01234 567890", "18001 then 01782 298002", "18002 0800 123 456", "01234 567890"}) {
            assertFalse(ContactDetails.checkTextRelay(relay, "dueregard.yml", 7).isPresent(), relay);
        }
        assertEquals("The contact text_relay 'Text Relay 01234 567890' is not 18001 and a phone number - did you mean '18001 01234 567890'?",
                ContactDetails.checkTextRelay("Text Relay 01234 567890", "dueregard.yml", 7).orElseThrow().message());
        assertTrue(ContactDetails.checkTextRelay("18001 call us", "dueregard.yml", 7).isPresent());
    }
}
