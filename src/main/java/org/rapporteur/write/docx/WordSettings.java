package org.rapporteur.write.docx;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

/** Elements of the settings part (word/settings.xml), each put in its schema place. */
final class WordSettings {

    /** The settings that follow footnotePr and compat in schema order (Word is strict about the order). */
    private static final List<String> TAIL = List.of("footnotePr", "endnotePr", "compat", "docVars",
            "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
            "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
            "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator");

    private WordSettings() {
    }

    /** Word 2013+ compatibility mode, so Word does not open the file in compatibility mode. */
    static void compatibilityMode(CTSettings s) {
        insert(s, "compat", "<w:compat xmlns:w=\"" + Namespaces.W + "\"><w:compatSetting"
                + " w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
                + "</w:compat>");
    }

    /** The separator and continuation separator as the document's footnote settings. */
    static void footnoteSeparators(CTSettings s) {
        insert(s, "footnotePr", "<w:footnotePr xmlns:w=\"" + Namespaces.W + "\"><w:footnote w:id=\"-1\"/>"
                + "<w:footnote w:id=\"0\"/></w:footnotePr>");
    }

    /** Adds a settings element (footnotePr, compat ...) in its schema place, unless there is one. */
    private static void insert(CTSettings s, String name, String xml) {
        try (XmlCursor c = s.newCursor()) {
            if (c.toChild(new QName(Namespaces.W, name))) {
                return;
            }
        }
        List<String> after = TAIL.subList(TAIL.indexOf(name) + 1, TAIL.size());
        try (XmlCursor c = s.newCursor(); XmlCursor src = XmlObject.Factory.parse(xml).newCursor()) {
            boolean placed = false;
            if (c.toFirstChild()) {
                do {
                    if (Namespaces.W.equals(c.getName().getNamespaceURI())
                            && after.contains(c.getName().getLocalPart())) {
                        placed = true;
                        break;
                    }
                } while (c.toNextSibling());
            }
            if (!placed) {
                c.toEndToken();
            }
            src.toFirstChild();
            src.copyXml(c);
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }
}
