package org.rapporteur.write.docx;

/**
 * The paragraph style for text in a container ({@code div.practice-example}: "PracticeExample"), and the
 * container's style name for its headings ("PracticeExampleHeading3" for an h4).
 */
record BlockStyle(String textStyle, String headingPrefix) {

    static final BlockStyle BODY = new BlockStyle(null, null);
}
