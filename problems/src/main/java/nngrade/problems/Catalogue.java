package nngrade.problems;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The problem catalogue, read from the tab-separated data file {@value #RESOURCE}: one problem a
 * line with id, section, points, title, formula and notes reference. An instructor changes points
 * there, not in code.
 */
public final class Catalogue {

    public static final String RESOURCE = "/nngrade/catalogue.tsv";
    private static final int COLUMNS = 6;

    private final Map<String, Problem> problems;

    private Catalogue(Map<String, Problem> problems) {
        this.problems = Collections.unmodifiableMap(problems);
    }

    /** @return the catalogue bundled with this contract */
    public static Catalogue load() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalogue resource missing: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Catalogue parse(BufferedReader reader) throws IOException {
        Map<String, Problem> byId = new LinkedHashMap<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 || line.isBlank() || line.startsWith("#")) {
                continue; // header, blank lines and comments
            }
            Problem p = parseLine(line, lineNumber);
            if (byId.put(p.id(), p) != null) {
                throw new IllegalStateException("duplicate problem id " + p.id() + " at line " + lineNumber);
            }
        }
        return new Catalogue(byId);
    }

    private static Problem parseLine(String line, int lineNumber) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS) {
            throw new IllegalStateException("catalogue line " + lineNumber + ": expected " + COLUMNS
                    + " tab-separated fields, found " + f.length);
        }
        return new Problem(f[0].trim(), f[1].trim(), Integer.parseInt(f[2].trim()), f[3].trim(),
                f[4].trim(), f[5].trim());
    }

    /** @return every problem in catalogue order */
    public List<Problem> all() {
        return new ArrayList<>(problems.values());
    }

    public Optional<Problem> find(String id) {
        return Optional.ofNullable(problems.get(id));
    }

    /** @throws IllegalArgumentException if the id is not in the catalogue */
    public Problem get(String id) {
        Problem p = problems.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown problem id: " + id);
        }
        return p;
    }
}
