package org.rapporteur.adversarial;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/** Parses text as strict XML (no DTDs, no entities beyond XML's own): what every writer expects of the XHTML. */
final class XmlCheck {

    private XmlCheck() {
    }

    /** The document; an AssertionError naming the problem when the text is not well-formed XML. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors; nothing on stderr
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            String start = xml.length() > 300 ? xml.substring(0, 300) + "..." : xml;
            throw new AssertionError("not well-formed XML (" + e.getMessage() + "):\n" + start, e);
        }
    }

    /** A fragment of XHTML (what Markdown renders) wrapped in one element. */
    static Document parseFragment(String fragment) {
        return parse("<div>" + fragment + "</div>");
    }
}
