package org.residencedesk.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the bad-input catalogue: {@code id, area, where, input, expected, again, rows} separated by tabs.
 * {@code again} is the outcome of the same input a second time (empty: the same as the first), {@code rows} the
 * records the first run adds (empty: none). Input and outcomes use {@link Escapes}.
 */
record CatalogueEntry(String id, String area, String where, String input, String expected, String expectedAgain,
                      long rowsAdded) {

    static List<CatalogueEntry> load(String resource) throws IOException {
        List<CatalogueEntry> entries = new ArrayList<>();
        try (InputStream in = CatalogueEntry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("catalogue " + resource + " is not on the test class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 5) {
                    throw new IOException("catalogue line has fewer than 5 columns: " + line);
                }
                String expected = Escapes.canonical(c[4]);
                String again = c.length > 5 && !c[5].isEmpty() ? Escapes.canonical(c[5]) : expected;
                long rows = c.length > 6 && !c[6].isEmpty() ? Long.parseLong(c[6]) : 0;
                entries.add(new CatalogueEntry(c[0], c[1], c[2], c[3], expected, again, rows));
            }
        }
        return entries;
    }

    @Override
    public String toString() {
        return id + " " + area + " " + where + " " + input;
    }
}
