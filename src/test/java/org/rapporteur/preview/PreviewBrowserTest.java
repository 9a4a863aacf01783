package org.rapporteur.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.cli.WatchCommand;
import org.rapporteur.write.AxeCheck;

/**
 * The preview in a real browser (Debian's Chromium, headless, driven by Playwright; fails when Chromium is
 * missing, never skips): the page reloads itself after a save, shows errors and then the report again, loads
 * nothing from anywhere but the preview, breaks no Content-Security-Policy rule, and reads fine with JavaScript off.
 */
@Timeout(120)
class PreviewBrowserTest {

    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    static Playwright playwright;
    static Browser browser;

    @TempDir
    Path tmp;

    Path report;
    Preview preview;
    final List<String> blocked = Collections.synchronizedList(new ArrayList<>());
    final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void launch() {
        AxeCheck.requireChromium();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(AxeCheck.CHROMIUM)
                .setHeadless(true).setChromiumSandbox(false).setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void start() throws IOException {
        report = Example.copyTo(tmp);
        preview = WatchCommand.preview(report, Example.TEMPLATES, 0, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        preview.start();
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    /** A browser context that lets requests to the preview through and aborts (and records) any other. */
    BrowserContext context(boolean javaScript) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript));
        context.route("**/*", route -> {
            if (route.request().url().startsWith(preview.url())) {
                route.resume();
            } else {
                blocked.add(route.request().url());
                route.abort("blockedbyclient");
            }
        });
        return context;
    }

    Page open(BrowserContext context) {
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                consoleErrors.add(m.text());
            }
        });
        page.navigate(preview.url());
        return page;
    }

    @Test
    void thePageReloadsItselfAfterEverySave() throws IOException {
        try (BrowserContext context = context(true)) {
            Page page = open(context);
            assertThat(text(page)).contains(PreviewTest.SERVICE);

            String sentence = "Seen in the browser " + System.nanoTime() + ".";
            long written = System.nanoTime();
            Http.writeDiversity(report, sentence);
            long ms = until(page, written, t -> t.contains(sentence));
            System.out.println("browser: new text shown " + ms + " ms after the write");

            Path standard = report.resolve("standards/1.2.yaml");
            String good = Files.readString(standard);
            Files.writeString(standard, good.replace("rating: Outstanding", "rating: good"));
            until(page, System.nanoTime(), t -> t.contains("The report has 1 error")
                    && t.contains("standards/1.2.yaml:2:9: error: 'good' is not a rating"));
            assertThat(page.title()).startsWith("The report has 1 error");

            Files.writeString(standard, good);
            until(page, System.nanoTime(), t -> t.contains(sentence) && !t.contains("The report has"));
        }
        assertThat(blocked).as("requests to anywhere but the preview").isEmpty();
        assertThat(consoleErrors).as("console errors (a Content-Security-Policy violation is one)").isEmpty();
    }

    @Test
    void withoutJavaScriptThePageIsTheReport() throws IOException {
        try (BrowserContext context = context(false)) {
            Page page = open(context);
            assertThat(text(page)).contains(PreviewTest.SERVICE);
            assertThat(page.locator("h1").first().isVisible()).isTrue();
            Path standard = report.resolve("standards/1.2.yaml");
            Files.writeString(standard, Files.readString(standard).replace("rating: Outstanding", "rating: good"));
            Http.until(preview, System.nanoTime(), 5000, p -> p.contains("The report has 1 error"));
            page.reload();
            assertThat(text(page)).contains("The report has 1 error")
                    .contains("JavaScript is off: reload this page after saving.");
        }
        assertThat(blocked).isEmpty();
    }

    /** Save-to-refresh in the browser: ten saves, each timed from the write to the new text in the page. */
    @Test
    void timesSaveToRefreshInTheBrowser() {
        try (BrowserContext context = context(true)) {
            Page page = open(context);
            text(page);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String sentence = "Browser timing sentence " + i + " " + System.nanoTime() + ".";
                long written = System.nanoTime();
                Http.writeDiversity(report, sentence);
                times.add(until(page, written, t -> t.contains(sentence)));
                Http.sleep(150);
            }
            System.out.println("browser save-to-refresh ms " + SaveToRefreshTest.summary(times));
        }
        assertThat(blocked).isEmpty();
        assertThat(consoleErrors).isEmpty();
    }

    /** The page's text, retried while it is between documents (a reload is under way). */
    static String text(Page page) {
        for (int i = 0; i < 100; i++) {
            try {
                return (String) page.evaluate("() => document.title + '\\n' + document.body.textContent");
            } catch (PlaywrightException e) {
                Http.sleep(10);
            }
        }
        throw new AssertionError("the page never settled");
    }

    /** Polls the page's text until it matches (at most 5 s); the milliseconds since {@code since}. */
    static long until(Page page, long since, Predicate<String> test) {
        long deadline = since + 5_000_000_000L;
        String last = "";
        while (System.nanoTime() < deadline) {
            last = text(page);
            if (test.test(last)) {
                return (System.nanoTime() - since) / 1_000_000;
            }
            Http.sleep(10);
        }
        throw new AssertionError("the browser did not show the change within 5 s; it shows:\n"
                + last.substring(0, Math.min(1500, last.length())));
    }
}
