package org.rapporteur.build;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapporteur.render.DocumentRenderer;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;

/**
 * The folders one {@code build} builds, decided before anything is written: each folder once (the same real
 * folder named twice, or through a link, is built once, and said so), and every output name its own (the folder's
 * name, or the {@code outputName:} of its report.yaml). Two folders whose outputs would land in the same
 * {@code <out>/<name>/} (the same name, or names that differ only in capitals or Unicode form, which many file
 * systems treat as one), or outputs named like the batch's programme summary, are refused: nothing is built.
 *
 * @param folders  what to build, in the order given
 * @param repeated one line for each folder dropped as given already
 * @param problems located errors when the outputs would collide (then nothing may be built)
 */
public record BuildList(List<Path> folders, List<String> repeated, Diagnostics problems) {

    public static BuildList of(List<Path> expanded) {
        List<Path> folders = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        Map<Path, Path> byRealPath = new LinkedHashMap<>();
        for (Path p : expanded) {
            Path earlier = byRealPath.putIfAbsent(realPath(p), p);
            if (earlier == null) {
                folders.add(p);
            } else {
                repeated.add("rapporteur: " + p + (p.equals(earlier) ? " is given more than once"
                        : " is the same folder as " + earlier) + "; building it once");
            }
        }
        Diagnostics problems = new Diagnostics();
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path p : folders) {
            String name = outputName(p);
            if (name.equals(DocumentRenderer.PROGRAMME_KIND)) {
                problems.error(at(p, name), "a report's or pack's outputs may not be named '" + name
                        + "': a build of several reports writes its programme summary into <out>/" + name + "/",
                        "rename the folder, or give the report another outputName in its report.yaml");
                continue;
            }
            Path other = byName.putIfAbsent(key(name), p);
            if (other != null) {
                String otherName = outputName(other);
                problems.error(at(p, name), "its outputs would overwrite those of " + other
                        + (otherName.equals(name) ? " (both are named '" + name + "')"
                        : " ('" + otherName + "' and '" + name + "' differ only in capitals or Unicode form, which"
                        + " many file systems treat as one name)"),
                        "rename one of the folders, or give one of them another outputName in its report.yaml,"
                                + " or build them in separate runs with different --out folders");
            }
        }
        return new BuildList(List.copyOf(folders), List.copyOf(repeated), problems);
    }

    /**
     * The name of a folder's outputs, {@code <out>/<name>/<name>.pdf}, as the renderer names them: the folder's
     * name, or the {@code outputName:} its report.yaml gives.
     */
    static String outputName(Path folder) {
        return org.rapporteur.load.OutputName.of(folder);
    }

    /** Where a folder's output name comes from: its report.yaml when it names them there, else the folder. */
    private static SourcePosition at(Path folder, String name) {
        Path abs = folder.toAbsolutePath().normalize();
        return abs.getFileName() != null && !abs.getFileName().toString().equals(name)
                ? SourcePosition.startOf(folder.resolve("report.yaml")) : SourcePosition.startOf(folder);
    }

    /** Names that many file systems (macOS, Windows) take for the same file. */
    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
