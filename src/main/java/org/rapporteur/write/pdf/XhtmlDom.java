package org.rapporteur.write.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rendered XHTML as the W3C DOM openhtmltopdf lays out, and the few ways the preparation steps read and change
 * it: elements by local name (with or without the XHTML namespace), their text with white space collapsed, new
 * elements in the namespace of their neighbours.
 */
final class XhtmlDom {

    private XhtmlDom() {
    }

    /** The XHTML as a DOM whose root is {@code <html>}. */
    static Document parse(String xhtml) throws IOException {
        try {
            org.jsoup.nodes.Document soup = Jsoup.parse(xhtml, "", Parser.xmlParser());
            soup.outputSettings().prettyPrint(false);
            W3CDom w3c = new W3CDom();
            Document dom = w3c.fromJsoup(soup);
            if (dom.getDocumentElement() == null || !"html".equals(localName(dom.getDocumentElement()))) {
                throw new IOException("the XHTML has no <html> root element");
            }
            return dom;
        } catch (RuntimeException e) {
            throw new IOException("the XHTML cannot be parsed: " + RenderMessages.message(e), e);
        }
    }

    /** The element's name without prefix, in lower case. */
    static String localName(Node node) {
        String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }

    /** The first child element called {@code name}, or null. */
    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName(e).equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** A new element called {@code name} in the namespace of {@code like}. */
    static Element newElement(Document dom, Element like, String name) {
        String ns = like.getNamespaceURI();
        return ns == null ? dom.createElement(name) : dom.createElementNS(ns, name);
    }

    /** The node's text, white space (no-break spaces too) collapsed to single spaces and stripped. */
    static String text(Node node) {
        String t = node.getTextContent();
        return t == null ? "" : t.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** Every element under {@code parent}, in document order. */
    static List<Element> elements(Node parent) {
        List<Element> out = new ArrayList<>();
        collectElements(parent, out);
        return out;
    }

    static boolean hasClass(Element e, String name) {
        String classes = e.getAttribute("class");
        return classes != null && Arrays.asList(classes.strip().split("\\s+")).contains(name);
    }

    private static void collectElements(Node parent, List<Element> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
                collectElements(e, out);
            }
        }
    }
}
