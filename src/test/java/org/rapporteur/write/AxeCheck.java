package org.rapporteur.write;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs axe-core (bundled in com.deque.html.axe-core:playwright, so no network) against an HTML file in Debian's
 * Chromium, driven by Playwright. One Playwright and one Chromium are started lazily per JVM and shared by every
 * caller; each check gets a fresh browser context. They are closed by a shutdown hook.
 *
 * <p>Project rule: a test is never silently skipped. When Chromium is missing, every method here fails with an
 * {@link AssertionError} that says how to install it; do not wrap calls in {@code assumeTrue}.
 *
 * <p>Playwright never downloads a browser here: the driver runs with {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}
 * and Chromium is launched from {@link #CHROMIUM}. Every request other than {@code file:}, {@code data:},
 * {@code blob:} and {@code about:} is aborted, and reported (once per URL) in {@link Report#blockedRequests()}.
 */
public final class AxeCheck {

    /** Debian's Chromium (package {@code chromium}). */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** Every WCAG 2.x A/AA tag; each axe rule carries one of these. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    public static final String INSTALL_HINT = "install Debian's chromium (apt-get install chromium)";

    /**
     * Rules axe tags "experimental", which the WCAG tags alone leave off, turned on here because reports are full
     * of tables: td-has-header (WCAG 1.3.1, level A) flags a data table of 3x3 or more whose cells have no header.
     */
    public static final List<String> EXTRA_RULES = List.of("td-has-header");

    /** Chromium flags for this machine: headless, no sandbox (root), and nothing that phones home. */
    static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static final int MAX_NODES = 3;
    private static final int MAX_HTML = 200;

    /**
     * What one check found.
     *
     * @param violations one readable line per violated rule (see {@link #violations(Path)})
     * @param needsReview one line per rule axe could not decide ("incomplete"), same format
     * @param blockedRequests URLs the page tried to fetch from the network; a self-contained page has none
     */
    public record Report(List<String> violations, List<String> needsReview, List<String> blockedRequests) {
    }

    private AxeCheck() {
    }

    /** True when Debian's Chromium is installed. Do not use it to skip a test: use {@link #requireChromium()}. */
    public static boolean chromiumAvailable() {
        return Files.isRegularFile(CHROMIUM) && Files.isExecutable(CHROMIUM);
    }

    /** Fails (never skips) when Chromium is missing. */
    public static void requireChromium() {
        requireChromium(CHROMIUM);
    }

    static void requireChromium(Path executable) {
        if (!(Files.isRegularFile(executable) && Files.isExecutable(executable))) {
            throw new AssertionError("Chromium not found at " + executable + ": " + INSTALL_HINT
                    + " (axe accessibility checks need it; .ci/run installs it)");
        }
    }

    /**
     * The axe violations of an HTML file, one line per rule:
     * {@code rule-id [impact] help -- selector: <html snippet> | ... (+n more)}. Empty when clean.
     */
    public static List<String> violations(Path htmlFile) {
        return check(htmlFile).violations();
    }

    /** The axe violations of an HTML string (written to a temporary file first, so relative URLs stay file:). */
    public static List<String> violationsOfHtml(String html) {
        return checkHtml(html).violations();
    }

    /** Runs axe against an HTML string. */
    public static Report checkHtml(String html) {
        try {
            Path tmp = Files.createTempFile("axecheck-", ".html");
            try {
                Files.writeString(tmp, html);
                return check(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe against an HTML file loaded from its file: URL. */
    public static synchronized Report check(Path htmlFile) {
        requireChromium();
        if (!Files.isRegularFile(htmlFile)) {
            throw new IllegalArgumentException("no such HTML file: " + htmlFile);
        }
        Browser browser = Shared.browser();
        Set<String> blocked = new LinkedHashSet<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900)
                .setLocale("en-GB")
                .setJavaScriptEnabled(true))) {
            context.route("**/*", route -> {
                String url = route.request().url();
                if (isLocal(url)) {
                    route.resume();
                } else {
                    synchronized (blocked) {
                        blocked.add(url);
                    }
                    route.abort("blockedbyclient");
                }
            });
            Page page = context.newPage();
            page.navigate(htmlFile.toAbsolutePath().toUri().toString());
            // Colour contrast depends on the fonts actually used.
            page.evaluate("() => document.fonts.ready.then(() => true)");
            // Legacy mode runs axe.run in the page itself: ~0.5 s a check instead of ~1 s for the default mode,
            // which opens an extra blank page and injects axe again to merge frame results. The pages under test
            // are self-contained (no cross-origin iframes), so the results are the same.
            AxeResults results = new AxeBuilder(page)
                    .setLegacyMode(true)
                    .options(runOptions()) // before withTags, which writes into these options
                    .withTags(TAGS)
                    .analyze();
            if (results.isErrored()) {
                throw new IllegalStateException("axe failed on " + htmlFile + ": " + results.getErrorMessage());
            }
            List<String> blockedCopy;
            synchronized (blocked) {
                blockedCopy = List.copyOf(blocked);
            }
            return new Report(lines(results.getViolations()), lines(results.getIncomplete()), blockedCopy);
        }
    }

    /**
     * What a page did when Chromium opened it: every URL it asked for besides its own file (none for a
     * self-contained page; requests a Content-Security-Policy blocks are never made, so they are not here), every
     * Content-Security-Policy violation it reported (directive and blocked URL), its console errors, and the value
     * of {@code expression} evaluated in the page once it had loaded.
     */
    public record PageLoad(List<String> requests, List<String> policyViolations, List<String> consoleErrors,
                           Object value) {
    }

    /** Opens an HTML file in the shared Chromium, network blocked, and reports what the page did (see PageLoad). */
    public static synchronized PageLoad load(Path htmlFile, String expression) {
        requireChromium();
        Browser browser = Shared.browser();
        List<String> requests = new java.util.ArrayList<>();
        List<String> console = new java.util.ArrayList<>();
        String self = htmlFile.toAbsolutePath().toUri().toString();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            context.route("**/*", route -> {
                String url = route.request().url();
                if (url.equals(self)) {
                    route.resume();
                } else {
                    synchronized (requests) {
                        requests.add(url);
                    }
                    route.abort("blockedbyclient");
                }
            });
            context.addInitScript("window.__violations = [];"
                    + "document.addEventListener('securitypolicyviolation', function (e) {"
                    + " window.__violations.push(e.violatedDirective + ' ' + e.blockedURI); });");
            Page page = context.newPage();
            page.onConsoleMessage(m -> {
                if (m.type().equals("error")) {
                    synchronized (console) {
                        console.add(m.text());
                    }
                }
            });
            page.navigate(self);
            page.waitForLoadState();
            Object value = page.evaluate(expression);
            Object violations = page.evaluate("() => window.__violations");
            List<String> found = violations instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
            synchronized (requests) {
                return new PageLoad(List.copyOf(requests), found, List.copyOf(console), value);
            }
        }
    }

    /** Enables {@link #EXTRA_RULES} on top of the tags. */
    private static AxeRunOptions runOptions() {
        AxeRunOptions options = new AxeRunOptions();
        Map<String, AxeRuleOptions> rules = new LinkedHashMap<>();
        for (String id : EXTRA_RULES) {
            AxeRuleOptions on = new AxeRuleOptions();
            on.setEnabled(true);
            rules.put(id, on);
        }
        options.setRules(rules);
        return options;
    }

    private static boolean isLocal(String url) {
        return url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")
                || url.startsWith("about:");
    }

    private static List<String> lines(List<Rule> rules) {
        if (rules == null) {
            return List.of();
        }
        return rules.stream().map(AxeCheck::line).collect(Collectors.toUnmodifiableList());
    }

    static String line(Rule rule) {
        List<CheckedNode> nodes = rule.getNodes() == null ? List.of() : rule.getNodes();
        StringBuilder sb = new StringBuilder();
        sb.append(rule.getId()).append(" [").append(rule.getImpact()).append("] ").append(rule.getHelp());
        sb.append(" -- ");
        sb.append(nodes.stream().limit(MAX_NODES)
                .map(n -> target(n.getTarget()) + ": " + snippet(n.getHtml()))
                .collect(Collectors.joining(" | ")));
        if (nodes.size() > MAX_NODES) {
            sb.append(" (+").append(nodes.size() - MAX_NODES).append(" more)");
        }
        return sb.toString();
    }

    /** axe targets are a list of selectors (one per frame / shadow root), sometimes nested. */
    private static String target(Object target) {
        if (target instanceof Collection<?> c) {
            return c.stream().map(AxeCheck::target).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }

    private static String snippet(String html) {
        if (html == null) {
            return "";
        }
        String s = html.replaceAll("\\s+", " ").trim();
        return s.length() <= MAX_HTML ? s : s.substring(0, MAX_HTML) + "...";
    }

    /** The JVM-wide Playwright and Chromium, started on first use. */
    private static final class Shared {
        private static Playwright playwright;
        private static Browser browser;

        static synchronized Browser browser() {
            if (browser != null && browser.isConnected()) {
                return browser;
            }
            long start = System.nanoTime();
            try {
                if (playwright == null) {
                    playwright = Playwright.create(new Playwright.CreateOptions()
                            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                    Runtime.getRuntime().addShutdownHook(new Thread(Shared::close, "axecheck-close"));
                }
                browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setChromiumSandbox(false)
                        .setArgs(CHROMIUM_ARGS));
            } catch (RuntimeException e) {
                throw new AssertionError("could not start Chromium from " + CHROMIUM + " with Playwright: "
                        + e.getMessage() + "\n(" + INSTALL_HINT + ")", e);
            }
            System.err.printf("AxeCheck: Chromium %s started in %d ms%n", browser.version(),
                    (System.nanoTime() - start) / 1_000_000);
            return browser;
        }

        static synchronized void close() {
            try {
                if (browser != null) {
                    browser.close();
                }
            } catch (RuntimeException ignored) {
                // the JVM is exiting; the driver may already be gone
            }
            try {
                if (playwright != null) {
                    playwright.close();
                }
            } catch (RuntimeException ignored) {
                // as above
            }
            browser = null;
            playwright = null;
        }
    }
}
