package org.rapporteur.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.Example;
import org.rapporteur.ReportFolder;
import org.rapporteur.source.Diagnostics;

/**
 * Prose is parsed and checked once, by the check stage, and written by the render stage from there with its
 * figures filled in: in words, in code, in a picture's description, a capital where a sentence starts.
 */
class ProseOnceTest {

    private static final String FOREWORD = """
            foreword: |
              {{sample court}} court cases were read. We read {{sample court}} court cases; `{{sample court}}` in code.

              ![A chart of {{sample court}} cases](chart.png)
            """;

    @Test
    void theRenderStageWritesWhatTheCheckStageParsed(@TempDir Path tmp) throws Exception {
        Path dir = ReportFolder.minimal(tmp.resolve("report")).write("foreword.yaml", FOREWORD)
                .write("chart.png", png()).dir();
        ReportBuild build = new ReportBuild(new BuildSettings(List.of("xhtml"), true, tmp.resolve("out"),
                Example.TEMPLATES, Optional.empty()));
        Diagnostics d = new Diagnostics();
        Optional<Pipeline.Loaded> loaded = build.prepare(dir, d);
        assertThat(d.hasErrors()).as(d.all().toString()).isFalse();
        assertThat(loaded).isPresent();
        assertThat(loaded.get().prose().size()).as("prose parsed by the check stage").isPositive();

        // the picture was read, checked and embedded when the prose was checked: it is not read again
        Files.delete(dir.resolve("chart.png"));
        ReportBuild.Rendered rendered = build.render(loaded.get(), d);
        assertThat(d.hasErrors()).as(d.all().toString()).isFalse();
        String xhtml = rendered.document().xhtml();

        assertThat(xhtml).contains("<p>Two court cases were read. We read two court cases; <code>two</code> in code.")
                .contains("alt=\"A chart of two cases\"").contains("src=\"data:image/png;base64,")
                .doesNotContain("{{sample court}}");
    }

    @Test
    void figuresAreFilledInTableCellsAndNotes(@TempDir Path tmp) throws Exception {
        Path dir = ReportFolder.minimal(tmp.resolve("report")).write("foreword.yaml", """
                foreword: |
                  We read the court cases.[^n]

                  | Cases | Read |
                  |---|---|
                  | Court | {{sample court}} |

                  [^n]: In all, {{sample court}} court cases were read.
                """).dir();
        ReportBuild build = new ReportBuild(new BuildSettings(List.of("xhtml"), true, tmp.resolve("out"),
                Example.TEMPLATES, Optional.empty()));
        Diagnostics d = new Diagnostics();
        Pipeline.Loaded loaded = build.prepare(dir, d).orElseThrow();
        String first = build.render(loaded, d).document().xhtml();
        assertThat(d.hasErrors()).as(d.all().toString()).isFalse();
        assertThat(first).containsPattern("<td>(T|t)wo</td>").contains("In all, two court cases were read.</p>")
                .doesNotContain("{{sample court}}");
        assertThat(build.render(loaded, d).document().xhtml()).as("rendered again").isEqualTo(first);
    }

    @Test
    void renderingTwiceGivesTheSameDocument(@TempDir Path tmp) throws Exception {
        Path dir = ReportFolder.minimal(tmp.resolve("report")).write("foreword.yaml", FOREWORD)
                .write("chart.png", png()).dir();
        ReportBuild build = new ReportBuild(new BuildSettings(List.of("xhtml"), true, tmp.resolve("out"),
                Example.TEMPLATES, Optional.empty()));
        Diagnostics d = new Diagnostics();
        Pipeline.Loaded loaded = build.prepare(dir, d).orElseThrow();
        String first = build.render(loaded, d).document().xhtml();
        String second = build.render(loaded, d).document().xhtml();
        assertThat(second).isEqualTo(first);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
