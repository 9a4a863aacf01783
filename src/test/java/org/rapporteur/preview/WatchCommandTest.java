package org.rapporteur.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.cli.Main;

/** {@code rapporteur watch} on the command line: serves until interrupted; bad input is exit status 2. */
@Timeout(60)
class WatchCommandTest {

    private static final Pattern STARTED = Pattern.compile(
            "Preview of (.+) at http://127\\.0\\.0\\.1:(\\d+)/ \\(Ctrl\\+C to stop\\)");

    @TempDir
    Path tmp;

    @Test
    void servesUntilInterrupted() throws Exception {
        Path report = Example.copyTo(tmp);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger status = new AtomicInteger(-1);
        Thread watch = new Thread(() -> status.set(Main.run(new String[] {"watch", report.toString(), "--port", "0",
            "--templates", Example.TEMPLATES.toString()}, new PrintWriter(out, true), new PrintWriter(err, true))),
                "watch-command-test");
        watch.start();
        try {
            Matcher m = STARTED.matcher("");
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!(m = STARTED.matcher(out.toString())).find() || !out.toString().contains("built in")) {
                assertThat(System.nanoTime()).as("started within 30 s; err: " + err).isLessThan(deadline);
                assertThat(watch.isAlive()).as("still running; err: " + err).isTrue();
                Http.sleep(20);
            }
            assertThat(m.group(1)).isEqualTo(report.toString());
            int port = Integer.parseInt(m.group(2));
            assertThat(port).isPositive().isNotEqualTo(Preview.DEFAULT_PORT);
            HttpResponse<String> page = Http.get("http://127.0.0.1:" + port + "/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(PreviewTest.SERVICE);
        } finally {
            watch.interrupt();
            watch.join(10_000);
        }
        assertThat(watch.isAlive()).isFalse();
        assertThat(status.get()).isZero();
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aPortInUseIsAClearMessageAndExitStatus2() throws IOException {
        Path report = Example.copyTo(tmp);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            ReportFolder.Run run = ReportFolder.run("watch", report.toString(), "--port", String.valueOf(port),
                    "--templates", Example.TEMPLATES.toString());
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).startsWith("rapporteur: port " + port + " on 127.0.0.1 is in use")
                    .contains("--port 0").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(run.out()).doesNotContain("Preview of");
        }
    }

    @Test
    void badArgumentsAreExitStatus2() {
        ReportFolder.Run missing = ReportFolder.run("watch", tmp.resolve("no-such-report").toString(), "--port", "0");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no such report folder").doesNotContain("\tat ");

        ReportFolder.Run port = ReportFolder.run("watch", tmp.toString(), "--port", "70000");
        assertThat(port.status()).isEqualTo(2);
        assertThat(port.err()).contains("--port must be 0 to 65535");

        ReportFolder.Run notANumber = ReportFolder.run("watch", tmp.toString(), "--port", "eighty");
        assertThat(notANumber.status()).isEqualTo(2);
        assertThat(notANumber.err()).doesNotContain("\tat ");
    }

    @Test
    void anEmptyFolderServesItsErrors() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (Preview p = org.rapporteur.cli.WatchCommand.preview(tmp, Example.TEMPLATES, 0,
                new PrintWriter(out, true), new PrintWriter(err, true))) {
            p.start();
            String page = Http.page(p);
            assertThat(page).contains("The report has").contains(": error: ");
            assertThat(err.toString()).contains(": error: ");
            assertThat(out.toString()).containsPattern("\\n\\d+ errors?\\n");
        }
    }
}
