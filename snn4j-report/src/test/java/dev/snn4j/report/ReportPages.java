/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the report page back for tests: the page is well-formed XML, so the JDK's parser reads it. */
final class ReportPages {

    private ReportPages() {}

    static Document parse(Path html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(Files.readString(html).getBytes(StandardCharsets.UTF_8)));
    }

    static Set<String> ids(Document page, String tag) {
        Set<String> ids = new HashSet<>();
        NodeList nodes = page.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        return ids;
    }

    /** The first table with the class: header row, then body rows, as cell texts. */
    static List<List<String>> table(Document page, String cls) {
        NodeList tables = page.getElementsByTagName("table");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            if (!table.getAttribute("class").equals(cls)) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            NodeList trs = table.getElementsByTagName("tr");
            for (int i = 0; i < trs.getLength(); i++) {
                List<String> cells = new ArrayList<>();
                NodeList cs = ((Element) trs.item(i)).getChildNodes();
                for (int j = 0; j < cs.getLength(); j++) {
                    if (cs.item(j) instanceof Element c) {
                        cells.add(c.getTextContent());
                    }
                }
                rows.add(cells);
            }
            return rows;
        }
        throw new AssertionError("no table " + cls);
    }
}
