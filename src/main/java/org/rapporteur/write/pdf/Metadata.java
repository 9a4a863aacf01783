package org.rapporteur.write.pdf;

import static org.rapporteur.write.pdf.XhtmlDom.child;
import static org.rapporteur.write.pdf.XhtmlDom.localName;
import static org.rapporteur.write.pdf.XhtmlDom.newElement;
import static org.rapporteur.write.pdf.XhtmlDom.text;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.rapporteur.document.DocumentInfo;
import org.rapporteur.source.XmlText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The document metadata, DocumentInfo first and the XHTML's head second: title, author, subject, keywords and
 * language, as the head of the DOM (where openhtmltopdf reads them) and as the XMP packet PDF/A and PDF/UA ask for;
 * a document with an ISBN names it in the XMP as its Dublin Core identifier ({@code urn:isbn:...}) and as
 * {@code prism:isbn} (PRISM is not one of the schemas PDF/A predefines, so the packet describes it).
 */
record Metadata(String title, String author, String subject, String keywords, String language, String isbn) {

    /** PRISM's basic namespace, whose {@code prism:isbn} names a publication's ISBN. */
    static final String PRISM = "http://prismstandard.org/namespaces/basic/3.0/";

    /**
     * The metadata of the document, written into its head where the XHTML lacks something openhtmltopdf reads.
     *
     * @throws IOException when there is no title or no language (PDF/UA needs both)
     */
    static Metadata prepare(Document dom, DocumentInfo info) throws IOException {
        Element html = dom.getDocumentElement();
        Element head = child(html, "head");
        if (head == null) {
            head = newElement(dom, html, "head");
            html.insertBefore(head, html.getFirstChild());
        }
        Element titleElement = child(head, "title");
        String title = firstNonBlank(info.title(), titleElement == null ? null : text(titleElement));
        if (title == null) {
            throw new IOException("the document has no title (PDF/UA needs one): give DocumentInfo a title or "
                    + "the XHTML a <title>");
        }
        if (titleElement == null) {
            titleElement = newElement(dom, head, "title");
            head.appendChild(titleElement);
        }
        titleElement.setTextContent(title);

        String author = firstNonBlank(info.author(), meta(head, "author"));
        String subject = firstNonBlank(info.subject(), meta(head, "subject"));
        String keywords = firstNonBlank(info.keywords(), meta(head, "keywords"));
        setMeta(dom, head, "author", author);
        setMeta(dom, head, "subject", subject);
        setMeta(dom, head, "keywords", keywords);

        String language = firstNonBlank(info.language(), html.getAttribute("lang"),
                html.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        if (language == null) {
            throw new IOException("the document has no language (PDF/UA needs one): give DocumentInfo a language "
                    + "or <html> a lang attribute");
        }
        html.setAttribute("lang", language);
        return new Metadata(title, author, subject, keywords, language, firstNonBlank(info.isbn()));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String meta(Element head, String name) {
        Element meta = metaElement(head, name);
        return meta == null ? null : blankToNull(meta.getAttribute("content"));
    }

    private static void setMeta(Document dom, Element head, String name, String value) {
        if (value == null) {
            return;
        }
        Element meta = metaElement(head, name);
        if (meta == null) {
            meta = newElement(dom, head, "meta");
            meta.setAttribute("name", name);
            meta.setAttribute("content", value);
            head.appendChild(meta);
        } else {
            meta.setAttribute("content", value);
        }
    }

    /** The head's first {@code <meta name="...">} of that name (in any case), or null. */
    private static Element metaElement(Element head, String name) {
        for (Node n = head.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName(e).equals("meta") && name.equalsIgnoreCase(e.getAttribute("name"))) {
                return e;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The XMP packet: PDF/A-3u and PDF/UA-1 identification, Dublin Core, dates agreeing with the Info dictionary. */
    String xmp(Instant timestamp) {
        String date = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.UTC)
                .format(timestamp);
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        x.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        x.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        x.append("<dc:format>application/pdf</dc:format>\n");
        x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(XmlText.escape(title))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (author != null) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(XmlText.escape(author))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (subject != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                    .append(XmlText.escape(subject))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("<dc:language><rdf:Bag><rdf:li>").append(XmlText.escape(language))
                .append("</rdf:li></rdf:Bag></dc:language>\n");
        if (isbn != null) {
            x.append("<dc:identifier>urn:isbn:").append(XmlText.escape(isbn.replaceAll("[^0-9X]", "")))
                    .append("</dc:identifier>\n");
        }
        x.append("</rdf:Description>\n");
        if (isbn != null) {
            x.append("<rdf:Description rdf:about=\"\" xmlns:prism=\"").append(PRISM).append("\">\n");
            x.append("<prism:isbn>").append(XmlText.escape(isbn)).append("</prism:isbn>\n");
            x.append("</rdf:Description>\n");
        }

        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        x.append("<xmp:CreatorTool>").append(XmlText.escape(PdfWriter.CREATOR)).append("</xmp:CreatorTool>\n");
        x.append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n");
        x.append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
        x.append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n");
        x.append("</rdf:Description>\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        x.append("<pdf:Producer>").append(XmlText.escape(PdfWriter.PRODUCER)).append("</pdf:Producer>\n");
        if (keywords != null) {
            x.append("<pdf:Keywords>").append(XmlText.escape(keywords)).append("</pdf:Keywords>\n");
        }
        x.append("</rdf:Description>\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
        x.append("<pdfaid:part>3</pdfaid:part>\n");
        x.append("<pdfaid:conformance>U</pdfaid:conformance>\n");
        x.append("</rdf:Description>\n");

        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
        x.append("<pdfuaid:part>1</pdfuaid:part>\n");
        x.append("</rdf:Description>\n");

        // pdfuaid is not one of the schemas PDF/A predefines, so PDF/A needs it described.
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
        x.append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n");
        x.append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n");
        x.append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n");
        x.append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n");
        x.append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n");
        x.append("<pdfaProperty:name>part</pdfaProperty:name>\n");
        x.append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n");
        x.append("<pdfaProperty:category>internal</pdfaProperty:category>\n");
        x.append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed")
                .append("</pdfaProperty:description>\n");
        x.append("</rdf:li></rdf:Seq></pdfaSchema:property>\n");
        if (isbn != null) {
            x.append("</rdf:li><rdf:li rdf:parseType=\"Resource\">\n");
            x.append("<pdfaSchema:schema>PRISM Basic Metadata</pdfaSchema:schema>\n");
            x.append("<pdfaSchema:namespaceURI>").append(PRISM).append("</pdfaSchema:namespaceURI>\n");
            x.append("<pdfaSchema:prefix>prism</pdfaSchema:prefix>\n");
            x.append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n");
            x.append("<pdfaProperty:name>isbn</pdfaProperty:name>\n");
            x.append("<pdfaProperty:valueType>Text</pdfaProperty:valueType>\n");
            x.append("<pdfaProperty:category>external</pdfaProperty:category>\n");
            x.append("<pdfaProperty:description>ISBN of the publication</pdfaProperty:description>\n");
            x.append("</rdf:li></rdf:Seq></pdfaSchema:property>\n");
        }
        x.append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
        x.append("</rdf:Description>\n");

        x.append("</rdf:RDF>\n");
        x.append("</x:xmpmeta>\n");
        x.append("<?xpacket end=\"w\"?>");
        return x.toString();
    }
}
