package org.rapporteur.write.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;

/** A Word bookmark for every id of the document, placed at the paragraph where the element with the id begins. */
final class Bookmarks {

    private final Map<String, String> names;
    private final List<String> pending = new ArrayList<>();
    private int nextId;

    private Bookmarks(Map<String, String> names) {
        this.names = names;
    }

    /** A Word bookmark name for every id: letters, digits and _, starting with a letter, at most 40. */
    static Bookmarks of(Document html) {
        Map<String, String> names = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Element e : html.select("[id]")) {
            String id = e.id();
            if (id.isEmpty() || names.containsKey(id)) {
                continue;
            }
            String n = id.replaceAll("[^A-Za-z0-9_]", "_");
            if (n.isEmpty() || !Character.isLetter(n.charAt(0))) {
                n = "b" + n;
            }
            if (n.length() > 36) {
                n = n.substring(0, 36);
            }
            String candidate = n;
            for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
                candidate = n + "_" + i;
            }
            names.put(id, candidate);
        }
        return new Bookmarks(names);
    }

    /** The bookmark of an id, or null when no element has it. */
    String name(String id) {
        return names.get(id);
    }

    /** The element with this id begins here: its bookmark goes on the next paragraph. */
    void markNext(String id) {
        pending.add(names.get(id));
    }

    /** Puts the bookmarks waiting for a paragraph on {@code p}. */
    void place(XWPFParagraph p) {
        for (String name : pending) {
            if (name != null) {
                BigInteger id = BigInteger.valueOf(nextId++);
                CTBookmark start = p.getCTP().addNewBookmarkStart();
                start.setName(name);
                start.setId(id);
                p.getCTP().addNewBookmarkEnd().setId(id);
            }
        }
        pending.clear();
    }
}
