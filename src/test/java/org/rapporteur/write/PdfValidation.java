package org.rapporteur.write;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Runs veraPDF (test scope only: it is GPL/MPL) on PDF bytes and lists what failed, one line per failed rule:
 * clause and test number, the rule's description, how many checks failed, and the object context of the first
 * few failures. Use as {@code assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty()}: on failure
 * AssertJ prints the lines.
 */
public final class PdfValidation {

    /** How many failing objects to name per rule. */
    private static final int CONTEXTS_PER_RULE = 3;

    private static boolean initialised;

    private PdfValidation() {
    }

    private static synchronized void initialise() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }

    /** The rules the PDF fails for the flavour (PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U, ...); empty when compliant. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        initialise();
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            result = validator.validate(parser);
        } catch (Exception e) {
            return List.of("veraPDF could not validate the PDF as " + flavour + ": " + e);
        }
        Map<RuleId, List<TestAssertion>> failed = new LinkedHashMap<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                failed.computeIfAbsent(assertion.getRuleId(), k -> new ArrayList<>()).add(assertion);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<RuleId, List<TestAssertion>> entry : failed.entrySet()) {
            RuleId id = entry.getKey();
            List<TestAssertion> assertions = entry.getValue();
            Rule rule = result.getValidationProfile() == null ? null
                    : result.getValidationProfile().getRuleByRuleId(id);
            String description = rule != null ? rule.getDescription() : assertions.get(0).getMessage();
            Integer count = result.getFailedChecks().get(id);
            StringBuilder line = new StringBuilder();
            line.append(flavour.getId()).append(' ').append(id.getClause()).append('-').append(id.getTestNumber())
                    .append(": ").append(description)
                    .append(" [").append(count == null ? assertions.size() : count).append(" failed]");
            for (int i = 0; i < Math.min(CONTEXTS_PER_RULE, assertions.size()); i++) {
                TestAssertion a = assertions.get(i);
                line.append("\n    at ").append(a.getLocation() == null ? "?" : a.getLocation().getContext());
                if (a.getErrorMessage() != null && !a.getErrorMessage().isBlank()) {
                    line.append(" - ").append(a.getErrorMessage());
                }
            }
            lines.add(line.toString());
        }
        if (lines.isEmpty() && !result.isCompliant()) {
            lines.add(flavour.getId() + ": not compliant, but veraPDF reported no failed rule (job end status "
                    + result.getJobEndStatus() + ")");
        }
        return lines;
    }
}
