package org.dueregard.documents;

import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a PDF against the PDF/UA-1 profile with veraPDF, the PDF Association's validator, in this process: its
 * profiles are inside its jar, so nothing is fetched. One failure per rule broken, with how often.
 */
public final class PdfUaCheck {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /**
     * A rule of PDF/UA-1 the document breaks.
     *
     * @param clause  the clause of ISO 14289-1 ("7.18.5"), with veraPDF's test number ("7.18.5-1")
     * @param message veraPDF's description of the rule
     * @param count   how many times the document breaks it
     * @param where   where in the document the first break is, as veraPDF names it
     */
    public record Failure(String clause, String message, int count, String where) {
    }

    private PdfUaCheck() {
    }

    /**
     * The rules the PDF breaks; empty when it conforms. A file veraPDF cannot read at all is one failure.
     * veraPDF keeps some state per process while it validates, so one document is checked at a time.
     */
    public static synchronized List<Failure> check(byte[] pdf) {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            return failures(result);
        } catch (ModelParsingException | EncryptedPdfException e) {
            return List.of(new Failure("file", "veraPDF cannot read the file as a PDF: " + e.getMessage(), 1, ""));
        } catch (ValidationException e) {
            return List.of(new Failure("file", "veraPDF could not finish checking the file: " + e.getMessage(), 1, ""));
        } catch (IOException e) {
            throw new IllegalStateException("Closing veraPDF failed", e);
        } catch (Exception e) {
            // Component.close() is declared to throw Exception.
            throw new IllegalStateException("veraPDF failed: " + e, e);
        }
    }

    private static List<Failure> failures(ValidationResult result) {
        Map<String, Failure> byRule = new TreeMap<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() != TestAssertion.Status.FAILED) continue;
            String clause = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
            Failure known = byRule.get(clause);
            String where = assertion.getLocation() == null ? "" : assertion.getLocation().getContext();
            byRule.put(clause, known == null ? new Failure(clause, assertion.getMessage(), 1, where)
                    : new Failure(clause, known.message(), known.count() + 1, known.where()));
        }
        return new ArrayList<>(byRule.values());
    }
}
