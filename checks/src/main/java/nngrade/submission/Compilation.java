package nngrade.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A submission compiled at file granularity: its classes, the files set aside (each replaced by
 * the template's version or left out) and the template files it lacked.
 *
 * @param classes  the folder of compiled classes
 * @param setAside the submission's files that were not graded as written, in the order found
 * @param filledIn template files the submission did not have, taken from the template
 */
public record Compilation(Path classes, List<SetAside> setAside, List<String> filledIn) {

    /** Template files named in the note on missing files; the rest are counted. */
    private static final int NAMED_MISSING = 5;

    public Compilation {
        setAside = List.copyOf(setAside);
        filledIn = List.copyOf(filledIn);
    }

    /** @return whether some of the submission's own files were set aside */
    public boolean partly() {
        return !setAside.isEmpty();
    }

    /** @return the sentences for the student's report: every file set aside, then the missing files */
    public List<String> notes() {
        List<String> notes = new ArrayList<>(setAside.stream().map(SetAside::toString).toList());
        missingNote().ifPresent(notes::add);
        return notes;
    }

    /** @return the sentence on template files the submission lacks, if it lacks some: no trouble, but worth knowing */
    public Optional<String> missingNote() {
        if (filledIn.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(filledIn.size() + " of the template's files are not in the submission, so the template's"
                + " versions were used (their problems score 0): " + String.join(", ", filledIn.stream()
                .limit(NAMED_MISSING).toList()) + (filledIn.size() > NAMED_MISSING ? " and " + (filledIn.size()
                - NAMED_MISSING) + " more." : "."));
    }
}
