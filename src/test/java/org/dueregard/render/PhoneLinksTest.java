package org.dueregard.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneLinksTest {

    /** The quick look for a number must agree with the pattern run over the whole text, or numbers are missed. */
    @Test
    void quickLookAgreesWithThePattern() {
        List<String> texts = List.of("Call 01782 298002 today.", "01782 298002", "Ring 020 7946 0000", "0161 496 0000 or 0800 123 4567",
                "Text 07700 900123.", "In 2024 we had 1,024 staff", "£01782 298002", "+441782298002", "-01782 298002",
                "1.01782 298002", "01782 2980021", "01782 298002%", "017822980020", "0 1 2 3 4 5 6 7 8 9 0", "", "0", "00",
                "10.5% 0.7 points", "ref 12/01782 298002", "<td>01782 298002</td>", "007 01782298002");
        for (String text : texts) {
            assertEquals(PhoneLinks.UK_NUMBER.matcher(text).find(), PhoneLinks.hasNumber(text), text);
        }
        assertTrue(PhoneLinks.hasNumber("<p>Call 01782 298002 today.</p>"));
        assertFalse(PhoneLinks.hasNumber("<p>In 2024, 1,024 staff (10.5%).</p>"));
    }

    @Test
    void aNumberInTextBecomesALinkThatDialsIt() {
        assertEquals("<p>Call <a href=\"tel:01782298002\">01782 298002</a> today.</p>", PhoneLinks.add("<p>Call 01782 298002 today.</p>"));
        String inALink = "<p><a href=\"/contact/\">01782 298002</a></p>";
        assertEquals(inALink, PhoneLinks.add(inALink));
    }
}
