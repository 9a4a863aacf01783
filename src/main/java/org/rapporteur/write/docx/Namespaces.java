package org.rapporteur.write.docx;

/** The XML namespaces the writer names when it edits WordprocessingML by hand. */
final class Namespaces {

    /** WordprocessingML. */
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** VML, in which Word draws the DRAFT watermark. */
    static final String V = "urn:schemas-microsoft-com:vml";

    private Namespaces() {
    }
}
