package nngrade.handout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The problems a handout assigns ({@code nngrade handout --section}): their ids, one a line, in the
 * resource {@value #RESOURCE} of the handout's jar. A handout without it assigns every problem
 * with checks; so does the instructor's build, which never has it.
 */
public final class Assignment {

    public static final String RESOURCE = "nngrade/assignment.txt";

    private Assignment() {
    }

    /** @return the assigned problem ids; empty when everything is assigned */
    public static Set<String> problems() {
        try (InputStream in = Assignment.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                return Set.of();
            }
            Set<String> ids = new LinkedHashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(ids::add);
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
