package org.rapporteur.build;

import java.nio.file.Path;
import java.util.Optional;
import org.rapporteur.check.RatingChecks;
import org.rapporteur.check.ReportChecker;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.FrameworkLoader;
import org.rapporteur.load.ReportLoader;
import org.rapporteur.model.Report;
import org.rapporteur.rate.RatedReport;
import org.rapporteur.rate.RatingCalculator;
import org.rapporteur.rate.Ratings;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.text.ParsedProse;

/** load -> check -> rate, stopping (with every problem reported) where input is wrong. */
public final class Pipeline {

    private Pipeline() {
    }

    /**
     * A report folder, or a pack folder with its report: whichever was loaded, checked and rated, with its prose as
     * the check stage parsed it (so the render stage parses nothing again).
     */
    public record Loaded(Optional<org.rapporteur.model.CouncilPack> pack, RatedReport rated, ParsedProse prose) {
    }

    /** load -> check -> rate for a report, or for a pack and its report, as a draft. */
    public static Optional<Loaded> load(Path dir, Diagnostics diagnostics) {
        return load(dir, false, diagnostics);
    }

    /**
     * load -> check -> rate for a report, or for a pack and its report; the one place that tells them apart. Prose
     * that contradicts the calculation is an error when {@code publishing} (a final build), a warning otherwise.
     */
    public static Optional<Loaded> load(Path dir, boolean publishing, Diagnostics diagnostics) {
        if (org.rapporteur.load.PackLoader.isPack(dir)) {
            return pack(dir, publishing, diagnostics);
        }
        return report(dir, publishing, diagnostics);
    }

    /** load the pack -> load, check and rate its report -> check the pack's references into it. */
    private static Optional<Loaded> pack(Path dir, boolean publishing, Diagnostics diagnostics) {
        Optional<org.rapporteur.model.CouncilPack> pack = org.rapporteur.load.PackLoader.load(dir, diagnostics);
        if (pack.isEmpty() || pack.get().reportDir() == null) {
            return Optional.empty();
        }
        Optional<Loaded> report = report(pack.get().reportDir(), publishing, diagnostics);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        RatedReport rated = report.get().rated();
        ParsedProse prose = org.rapporteur.check.PackChecker.check(pack.get(), rated.report(), diagnostics);
        RatingChecks.checkPack(rated.framework(), rated.report(), rated.ratings(), pack.get(), publishing,
                diagnostics);
        return diagnostics.hasErrors() ? Optional.empty()
                : Optional.of(new Loaded(pack, report.get().rated(), report.get().prose().and(prose)));
    }

    /**
     * Checks every character the report (and pack) holds against what can be published: the fonts its kind's PDF
     * prints with (built-in, its house style's from {@code templatesRoot}, fallback) and Unicode hygiene. Warnings,
     * or errors when {@code publishing} (a final build).
     */
    public static void checkCharacters(Loaded loaded, Path templatesRoot, boolean publishing, Diagnostics diagnostics) {
        String kind = loaded.pack().map(org.rapporteur.model.CouncilPack::kind)
                .orElse(loaded.rated().framework().reportKind());
        java.util.List<org.rapporteur.write.pdf.PdfWriter.FontFile> fonts = java.util.List.of();
        if (templatesRoot != null && kind != null && !kind.isBlank()) {
            Path root = templatesRoot.toAbsolutePath().normalize();
            Path folder = root.resolve(kind).normalize();
            if (folder.startsWith(root) && !folder.equals(root)) {
                // the build reports a broken house style itself; here it only tells which fonts there are
                fonts = org.rapporteur.write.HouseStyle.load(folder, new Diagnostics())
                        .map(org.rapporteur.write.HouseStyle::fonts).orElse(java.util.List.of());
            }
        }
        org.rapporteur.write.pdf.Glyphs glyphs = org.rapporteur.write.pdf.Glyphs.of(fonts);
        org.rapporteur.check.CharacterCheck.check(loaded.rated().report(), loaded.pack(), glyphs::has, publishing,
                diagnostics);
    }

    /**
     * Checks that the report (and pack) is finished and complete: no TODO marker left, every part its framework
     * requires, every judgement made. Warnings (the TODO markers counted in one), or errors when {@code publishing}.
     */
    public static void checkFinished(Loaded loaded, boolean publishing, Diagnostics diagnostics) {
        org.rapporteur.check.PublicationCheck.check(loaded.rated().report(), loaded.rated().framework(),
                loaded.pack(), publishing, diagnostics);
    }

    /** load -> check -> rate for a report folder: the rated report, or empty with the problems. */
    public static Optional<RatedReport> rated(Path dir, Diagnostics diagnostics) {
        return report(dir, false, diagnostics).map(Loaded::rated);
    }

    private static Optional<Loaded> report(Path dir, boolean publishing, Diagnostics diagnostics) {
        Optional<Report> report = ReportLoader.load(dir, diagnostics);
        if (report.isEmpty() || report.get().metadata().framework() == null) {
            return Optional.empty();
        }
        Optional<Framework> framework = FrameworkLoader.load(report.get().metadata().framework(),
                report.get().metadata().frameworkAt(), diagnostics);
        if (framework.isEmpty()) {
            return Optional.empty();
        }
        ParsedProse prose = ReportChecker.check(framework.get(), report.get(), diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.empty(); // ratings of a report with structural errors would only repeat them
        }
        // the one place the calculator runs: checks, templates and writers all use this result
        Ratings ratings = RatingCalculator.rate(framework.get(), report.get());
        RatingChecks.check(framework.get(), report.get(), ratings, publishing, diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Loaded(Optional.empty(), new RatedReport(report.get(), framework.get(), ratings),
                prose));
    }
}
