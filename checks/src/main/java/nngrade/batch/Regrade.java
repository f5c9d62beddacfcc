package nngrade.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nngrade.submission.Intake;
import nngrade.submission.SubmissionStatus;

/**
 * Which submissions a run grades, and why: those without a result, those whose result was graded
 * with other settings or from other contents (a resubmission), those that met a grader error, all
 * with --force, and those named with --student. Every other result is up to date and kept.
 */
final class Regrade {

    /** Why a submission is graded in this run. */
    enum Reason {
        NEW("new"),
        RESUBMITTED("resubmitted"),
        SETTINGS_CHANGED("graded with other settings"),
        GRADER_ERROR("a grader error last time"),
        FORCED("--force"),
        ASKED("--student");

        final String words;

        Reason(String words) {
            this.words = words;
        }
    }

    /** How to read what a submission's last result recorded, and what it holds now. */
    interface Records {
        /** @return the submission's last result, or null if it has none */
        JsonNode stored(SubmissionFolder s) throws IOException;

        /** @return the fingerprint of the submission as it is now */
        String fingerprint(SubmissionFolder s) throws IOException;
    }

    /** Names listed per reason in the run's opening lines; the rest are counted. */
    private static final int NAMED = 10;

    private final Map<Reason, List<SubmissionFolder>> byReason = new EnumMap<>(Reason.class);
    private final Set<String> changedSettings = new LinkedHashSet<>();
    private int upToDate;

    /**
     * @param all      every submission of the batch
     * @param students ids named with --student; empty: every submission is considered
     * @param force    whether to regrade every submission considered
     */
    Regrade(List<SubmissionFolder> all, Set<String> students, boolean force, GradingSettings settings, Records records)
            throws IOException {
        for (SubmissionFolder s : all) {
            if (!students.isEmpty() && !students.contains(s.id())) {
                continue;
            }
            Reason why = reason(s, students, force, settings, records);
            if (why == null) {
                upToDate++;
            } else {
                byReason.computeIfAbsent(why, k -> new ArrayList<>()).add(s);
            }
        }
    }

    private Reason reason(SubmissionFolder s, Set<String> students, boolean force, GradingSettings settings,
            Records records) throws IOException {
        if (force) {
            return Reason.FORCED;
        }
        if (students.contains(s.id())) {
            return Reason.ASKED;
        }
        JsonNode stored = records.stored(s);
        if (stored == null) {
            return Reason.NEW;
        }
        JsonNode extra = stored.path("extra_data");
        if (SubmissionStatus.fromLabel(extra.path("status").asText("")) == SubmissionStatus.GRADER_ERROR) {
            return Reason.GRADER_ERROR;
        }
        if (!settings.fingerprint().equals(extra.path("fingerprint").path("settings").asText())) {
            changedSettings.addAll(settings.differences(extra.get("settings")));
            return Reason.SETTINGS_CHANGED;
        }
        if (!records.fingerprint(s).equals(extra.path("fingerprint").path("submission").asText())) {
            return Reason.RESUBMITTED;
        }
        return null;
    }

    /** @return the submissions to grade, in id order */
    List<SubmissionFolder> todo() {
        return byReason.values().stream().flatMap(List::stream)
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    int upToDate() {
        return upToDate;
    }

    /** @return what the run will do, e.g. "grading 2 of 7: 1 new, 1 resubmitted (bob); 5 up to date" */
    List<String> describe(int total) {
        List<String> parts = new ArrayList<>();
        byReason.forEach((reason, list) -> {
            boolean named = reason == Reason.RESUBMITTED || reason == Reason.GRADER_ERROR || reason == Reason.ASKED;
            String names = !named || list.size() > NAMED ? ""
                    : " (" + String.join(", ", list.stream().map(s -> Intake.shown(s.id())).toList()) + ")";
            parts.add(list.size() + " " + reason.words + names);
        });
        List<String> lines = new ArrayList<>();
        lines.add("grading " + todo().size() + " of " + total + " submission(s)" + (parts.isEmpty() ? "" : ": "
                + String.join(", ", parts)) + "; " + upToDate + " up to date");
        if (!changedSettings.isEmpty()) {
            lines.add("settings changed since the last grading: " + String.join(", ", changedSettings)
                    + "; results graded with the old ones are regraded");
        }
        return lines;
    }
}
