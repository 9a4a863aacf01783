package org.rapporteur.render;

import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rapporteur.document.DocumentInfo;
import org.rapporteur.document.RenderedDocument;
import org.rapporteur.rate.Figures;
import org.rapporteur.rate.RatedReport;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.FolderBoundary;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.text.Markdown;
import org.rapporteur.text.ParsedProse;

/**
 * The render stage: a rated report through its kind's FreeMarker template to one semantic XHTML document.
 * Templates come from {@code <templates>/<reportKind>/report.ftlh}; .ftlh files escape every value, and template
 * features that reach into Java are switched off. Authors' text is data in the model, never template source.
 */
public final class DocumentRenderer {

    public static final String MAIN_TEMPLATE = "report.ftlh";
    private static final Map<Path, Configuration> CONFIGURATIONS = new ConcurrentHashMap<>();

    private final Path templatesRoot;
    private final java.util.Optional<Instant> buildDate;

    /** A renderer that dates each document from its publication month. */
    public DocumentRenderer(Path templatesRoot) {
        this(templatesRoot, java.util.Optional.empty());
    }

    /** A renderer that dates every document {@code buildDate} when given (SOURCE_DATE_EPOCH, read by the build). */
    public DocumentRenderer(Path templatesRoot, java.util.Optional<Instant> buildDate) {
        this.templatesRoot = templatesRoot.toAbsolutePath().normalize();
        this.buildDate = buildDate;
    }

    public Path templatesRoot() {
        return templatesRoot;
    }

    /** The rendered document, or empty with diagnostics (prose that cannot be published, a broken template). */
    public Optional<RenderedDocument> render(RatedReport rated, boolean draft, Diagnostics diagnostics) {
        return render(rated, ParsedProse.none(), draft, diagnostics);
    }

    /**
     * The rendered document, or empty with diagnostics; prose that {@code prose} holds (parsed and checked by the
     * check stage) is not parsed again.
     */
    public Optional<RenderedDocument> render(RatedReport rated, ParsedProse prose, boolean draft,
                                             Diagnostics diagnostics) {
        String kind = rated.framework().reportKind();
        Path kindDir = templatesRoot.resolve(kind);
        SourcePosition frameworkAt = rated.report().metadata().frameworkAt();
        if (!Files.exists(kindDir.resolve(MAIN_TEMPLATE))) {
            diagnostics.error(frameworkAt, "no template for report kind '" + kind + "' (looked for "
                    + kindDir.resolve(MAIN_TEMPLATE) + ")", "add the template folder, or pass --templates");
            return Optional.empty();
        }
        Figures figures = new Figures(rated.framework(), rated.report(), rated.ratings());
        Markdown markdown = new Markdown(rated.report().dir(), diagnostics, prose, figures::fill);
        Map<String, Object> model = ReportView.of(rated, markdown, draft);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        model.put("assets", assets(kindDir, diagnostics));
        String outputName = rated.report().metadata().outputName() != null
                ? rated.report().metadata().outputName()
                : rated.report().dir().toAbsolutePath().normalize().getFileName().toString();
        String isbn = org.rapporteur.model.Isbn.of(rated.report().metadata().isbn())
                .map(org.rapporteur.model.Isbn::printed).orElse(null);
        return process(kind, model, diagnostics).map(xhtml -> new RenderedDocument(outputName, xhtml,
                info(rated, xhtml, draft, isbn), rated.report().dir()));
    }

    /**
     * A council pack: the report is rendered with its own template and embedded as Appendix A, then the pack's
     * template ({@code <templates>/<pack kind>/report.ftlh}) renders the whole.
     */
    public Optional<RenderedDocument> renderPack(org.rapporteur.model.CouncilPack pack, RatedReport rated,
                                                 boolean draft, Diagnostics diagnostics) {
        return renderPack(pack, rated, ParsedProse.none(), draft, diagnostics);
    }

    /** A council pack, as above; prose that {@code prose} holds is not parsed again. */
    public Optional<RenderedDocument> renderPack(org.rapporteur.model.CouncilPack pack, RatedReport rated,
                                                 ParsedProse prose, boolean draft, Diagnostics diagnostics) {
        Optional<RenderedDocument> report = render(rated, prose, draft, diagnostics);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        Path kindDir = templatesRoot.resolve(pack.kind());
        SourcePosition packAt = SourcePosition.startOf(pack.dir().resolve("pack.yaml"));
        if (!pack.kind().matches("[a-z0-9-]+") || !Files.exists(kindDir.resolve(MAIN_TEMPLATE))) {
            diagnostics.error(packAt, "no template for pack kind '" + pack.kind() + "' (looked for "
                    + kindDir.resolve(MAIN_TEMPLATE) + ")", "add the template folder, or pass --templates");
            return Optional.empty();
        }
        Figures figures = new Figures(rated.framework(), rated.report(), rated.ratings());
        // the ids of notes differ from the report's (printed as Appendix A, its ids prefixed) and each other's
        Markdown packProse = new Markdown(pack.dir(), diagnostics, prose, figures::fill, "p");
        Markdown reportProse = new Markdown(rated.report().dir(), diagnostics, prose, figures::fill, "r");
        Map<String, Object> reportModel = ReportView.of(rated, reportProse, draft);
        Map<String, Object> model = PackView.of(pack, rated, packProse, reportProse, reportModel,
                Appendix.embed(report.get().xhtml(), "a-"), draft);
        model.put("assets", assets(kindDir, diagnostics));
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return process(pack.kind(), model, diagnostics).map(xhtml -> new RenderedDocument(
                pack.dir().toAbsolutePath().normalize().getFileName().toString(), xhtml,
                info(rated, xhtml, draft, null), pack.dir()));
    }

    /** The folder of the programme-summary template. */
    public static final String PROGRAMME_KIND = "programme-summary";

    /** A summary across many rated reports: each service's ratings and their distribution per standard. */
    public Optional<RenderedDocument> renderProgramme(List<RatedReport> reports, String title, Path dir,
                                                      java.time.Instant timestamp, boolean draft,
                                                      Diagnostics diagnostics) {
        Map<String, Object> model = ProgrammeView.of(reports, title, draft);
        model.put("assets", assets(templatesRoot.resolve(PROGRAMME_KIND), diagnostics));
        return process(PROGRAMME_KIND, model, diagnostics).map(xhtml -> new RenderedDocument(PROGRAMME_KIND, xhtml,
                new DocumentInfo(title, "Rapporteur", title, "inspection, programme, ratings", "en-GB", draft,
                        timestamp), dir));
    }

    private Optional<String> process(String kind, Map<String, Object> model, Diagnostics diagnostics) {
        Path kindDir = templatesRoot.resolve(kind);
        if (diagnostics.hasErrors()) {
            return Optional.empty(); // e.g. a picture of the template folder refused
        }
        try {
            Template template = configuration().getTemplate(kind + "/" + MAIN_TEMPLATE);
            StringWriter out = new StringWriter(512 * 1024);
            template.process(model, out);
            return Optional.of(out.toString());
        } catch (ParseException e) {
            diagnostics.error(new SourcePosition(templatesRoot.resolve(e.getTemplateName() == null
                    ? kind + "/" + MAIN_TEMPLATE : e.getTemplateName()), e.getLineNumber(), e.getColumnNumber()),
                    "template syntax: " + e.getEditorMessage(), "fix the template");
        } catch (TemplateFolder.Refused e) {
            diagnostics.error(SourcePosition.startOf(e.file()), e.getMessage(), null);
        } catch (TemplateNotFoundException e) {
            diagnostics.error(SourcePosition.startOf(kindDir.resolve(MAIN_TEMPLATE)),
                    "template not found: " + e.getTemplateName(), "check the include or import path");
        } catch (TemplateException e) {
            Optional<TemplateFolder.Refused> refused = refusal(e);
            if (refused.isPresent()) {
                diagnostics.error(SourcePosition.startOf(refused.get().file()), refused.get().getMessage(), null);
                return Optional.empty();
            }
            String source = e.getTemplateSourceName() == null ? kind + "/" + MAIN_TEMPLATE : e.getTemplateSourceName();
            diagnostics.error(new SourcePosition(templatesRoot.resolve(source),
                    e.getLineNumber() == null ? 1 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 1 : e.getColumnNumber()),
                    "template error: " + firstLine(e.getMessageWithoutStackTop()), "fix the template");
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(kindDir.resolve(MAIN_TEMPLATE)),
                    "cannot read the template: " + e.getMessage(), null);
        }
        return Optional.empty();
    }

    /** Pictures in a template folder larger than this are not offered to the template. */
    static final long MAX_ASSET_BYTES = 2_000_000;

    /**
     * Pictures shipped in a template folder (logo.png ...), as data URIs keyed by file name without extension.
     * Only regular files inside the template folder are read; a picture that links outside it or is not a file
     * (a named pipe, a device) is a located error. A template folder that is itself a link out of the templates
     * folder offers none (its template is refused where FreeMarker looks for it).
     */
    Map<String, Object> assets(Path kindDir, Diagnostics diagnostics) {
        Map<String, Object> assets = new java.util.TreeMap<>();
        FolderBoundary folder = FolderBoundary.of(kindDir, "template folder");
        if (!folder.real().startsWith(FolderBoundary.of(templatesRoot, "templates folder").real())) {
            return assets;
        }
        List<Path> files;
        try (java.util.stream.Stream<Path> list = Files.list(kindDir)) {
            files = list.sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return assets; // no template folder: the template's absence is reported where it is looked for
        }
        for (Path p : files) {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            String type = name.endsWith(".png") ? "image/png" : name.endsWith(".jpg") || name.endsWith(".jpeg")
                    ? "image/jpeg" : null;
            if (type == null || name.startsWith(".") || !folder.readable(p, diagnostics)) {
                continue;
            }
            try (java.io.InputStream in = Files.newInputStream(p)) {
                byte[] bytes = in.readNBytes((int) MAX_ASSET_BYTES);
                if (bytes.length < MAX_ASSET_BYTES) {
                    assets.put(name.substring(0, name.lastIndexOf('.')), "data:" + type + ";base64,"
                            + java.util.Base64.getEncoder().encodeToString(bytes));
                }
            } catch (IOException e) {
                diagnostics.error(SourcePosition.startOf(p), "cannot read this picture: " + FolderBoundary.reason(e),
                        "make it readable, or remove it from the template folder");
            }
        }
        return assets;
    }

    /** The template the loader refused, when that is why an include or import failed. */
    private static Optional<TemplateFolder.Refused> refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TemplateFolder.Refused r) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }

    private Configuration configuration() throws IOException {
        Configuration existing = CONFIGURATIONS.get(templatesRoot);
        if (existing != null) {
            return existing;
        }
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new TemplateFolder(templatesRoot));
        c.setRecognizeStandardFileExtensions(true);
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setLocale(Locale.UK);
        c.setNumberFormat("computer");
        c.setTemplateUpdateDelayMilliseconds(0); // a preview sees template edits at once
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        CONFIGURATIONS.putIfAbsent(templatesRoot, c);
        return CONFIGURATIONS.get(templatesRoot);
    }

    /**
     * The document's properties as its template states them (title, author, subject, keywords and isbn in the
     * head), so every report kind names itself; the language is always en-GB. A report's ISBN is its own when the
     * template names none; a pack has none of its own (its report's ISBN is the report's, in Appendix A).
     */
    private DocumentInfo info(RatedReport rated, String xhtml, boolean draft, String isbn) {
        int end = xhtml.indexOf("</head>");
        org.jsoup.nodes.Document head = org.jsoup.Jsoup.parse(end > 0 ? xhtml.substring(0, end) + "</head></html>"
                : xhtml, "", org.jsoup.parser.Parser.xmlParser());
        var m = rated.report().metadata();
        String inspectorate = m.inspectorate() != null ? m.inspectorate() : rated.framework().inspectorate();
        String title = head.select("title").text();
        return new DocumentInfo(title.isBlank() ? m.service().name() : title,
                meta(head, "author", inspectorate), meta(head, "subject", title), meta(head, "keywords", ""),
                "en-GB", draft, timestamp(m.published()), blankToNull(meta(head, "isbn", isbn)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String meta(org.jsoup.nodes.Document head, String name, String otherwise) {
        String v = head.select("meta[name=" + name + "]").attr("content");
        return v.isBlank() ? otherwise : v;
    }

    /** The build date when one is set (SOURCE_DATE_EPOCH), else the first moment of the publication month. */
    public Instant timestamp(java.time.YearMonth published) {
        return buildDate.orElseGet(() -> published.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
