package org.rapporteur.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves the axe harness has teeth: clean on an accessible page, loud on a bad one. Never skipped. */
class AxeCheckTest {

    static final String GOOD = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Testshire Youth Justice Service: inspection report</title>
              <style>
                body { font-family: "DejaVu Sans", sans-serif; color: #1a1a1a; background: #ffffff; }
                th, td { border: 1px solid #505050; padding: 0.25em 0.5em; text-align: left; }
                a { color: #1d4f91; }
              </style>
            </head>
            <body>
              <header><p><a href="#main">Skip to content</a></p></header>
              <main id="main">
                <h1>An inspection of youth justice services in Testshire</h1>
                <p>Overall, the service was rated Good.</p>
                <table>
                  <caption>Ratings by standard</caption>
                  <thead>
                    <tr><th scope="col">Standard</th><th scope="col">Rating</th></tr>
                  </thead>
                  <tbody>
                    <tr><th scope="row">1.1 Governance and leadership</th><td>Good</td></tr>
                    <tr><th scope="row">1.2 Staff</th><td>Outstanding</td></tr>
                  </tbody>
                </table>
              </main>
            </body>
            </html>
            """;

    static final String BAD = """
            <!DOCTYPE html>
            <html>
            <head><meta charset="utf-8"><title>Bad page</title></head>
            <body style="background:#fff">
              <div>
                <p style="color:#bbb; background:#fff">This grey text is far too faint to read.</p>
                <img src="chart.png" width="200" height="100">
                <form><input type="text" name="q"></form>
                <table>
                  <caption>Cases</caption>
                  <tr><td>Case</td><td>Answer</td><td>Prompts</td><td>Notes</td></tr>
                  <tr><td>1</td><td>Yes</td><td>YYNY</td><td>none</td></tr>
                  <tr><td>2</td><td>No</td><td>YNNY</td><td>late</td></tr>
                  <tr><td>3</td><td>Yes</td><td>YYYY</td><td>none</td></tr>
                </table>
              </div>
            </body>
            </html>
            """;

    @Test
    void accessiblePageHasNoViolations(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("good.html"), GOOD);

        AxeCheck.Report report = AxeCheck.check(file);

        assertThat(report.violations()).as("axe violations").isEmpty();
        assertThat(report.blockedRequests()).as("network requests").isEmpty();
    }

    @Test
    void badPageHasTheExpectedViolations(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.html"), BAD);

        List<String> violations = AxeCheck.violations(file);

        assertThat(ruleIds(violations))
                .as("rule ids of %s", violations)
                .contains("image-alt", "html-has-lang", "color-contrast", "label", "td-has-header");
        assertThat(violations)
                .as("lines carry impact, help text, selector and HTML")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("image-alt [critical] ")
                        .contains("alternative text")
                        .contains("img: <img src=\"chart.png\""))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("color-contrast [serious] ")
                        .contains("This grey text"));
        // The image request is local (file:), so nothing is blocked; the missing file is not axe's business.
        assertThat(AxeCheck.checkHtml(BAD).violations()).hasSameSizeAs(violations);
    }

    @Test
    void networkRequestsAreBlockedAndReported() {
        AxeCheck.Report report = AxeCheck.checkHtml(GOOD.replace("</head>",
                "<link rel=\"stylesheet\" href=\"https://fonts.example.com/x.css\"></head>"));

        assertThat(report.blockedRequests()).containsExactly("https://fonts.example.com/x.css");
        assertThat(report.violations()).isEmpty();
    }

    @Test
    void missingChromiumFailsWithInstallHintInsteadOfSkipping() {
        assertThat(AxeCheck.chromiumAvailable()).as(AxeCheck.INSTALL_HINT).isTrue();
        assertThatThrownBy(() -> AxeCheck.requireChromium(Path.of("/nonexistent/chromium")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("install Debian's chromium (apt-get install chromium)");
    }

    private static List<String> ruleIds(List<String> lines) {
        return lines.stream().map(l -> l.substring(0, l.indexOf(' '))).collect(Collectors.toList());
    }
}
