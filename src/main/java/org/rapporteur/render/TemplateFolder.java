package org.rapporteur.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.rapporteur.source.FolderBoundary;

/**
 * FreeMarker's templates, read from the templates folder only. FreeMarker's own {@link FileTemplateLoader} already
 * refuses a template whose canonical path leaves the folder and anything that is not a file, but says only "not
 * found"; this loader says why, before FreeMarker opens anything: a template (or include, or import) that links
 * outside the templates folder, or that is a named pipe, socket or device, is refused with its name.
 */
final class TemplateFolder implements TemplateLoader {

    /** A template refused before it was opened; {@code file} is where it is. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        Refused(Path file, String message) {
            super(message);
            this.file = file;
        }

        Path file() {
            return file;
        }
    }

    private final FolderBoundary boundary;
    private final FileTemplateLoader files;

    TemplateFolder(Path root) throws IOException {
        this.boundary = FolderBoundary.of(root.toAbsolutePath().normalize(), "templates folder");
        this.files = new FileTemplateLoader(root.toFile());
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Path p = boundary.folder().resolve(name).normalize();
        if (p.startsWith(boundary.folder())) {
            FolderBoundary.Target t = boundary.follow(p);
            if (t.kind() == FolderBoundary.Kind.OUTSIDE) {
                throw new Refused(p, "template " + name + " links outside the templates folder, so it is not read;"
                        + " copy the template into the templates folder instead of linking to it");
            }
            if (t.kind() == FolderBoundary.Kind.OTHER) {
                throw new Refused(p, "template " + name + " is " + FolderBoundary.describeSpecial(p)
                        + ", not a regular file; replace it with a file");
            }
        }
        return files.findTemplateSource(name);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return files.getLastModified(templateSource);
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        return files.getReader(templateSource, encoding);
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        files.closeTemplateSource(templateSource);
    }
}
