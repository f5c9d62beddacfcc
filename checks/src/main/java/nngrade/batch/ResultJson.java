package nngrade.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import nngrade.feedback.PlotJson;
import nngrade.report.GradescopeJson;

/**
 * One student's results file: Gradescope's format, with extra_data holding the student's id
 * verbatim, the status, the trouble sentences, the time split, each problem's score, and what the
 * result graded: the fingerprints of the submission and of the settings, and the settings; and the
 * feedback page's plots, if the examiner drew any.
 */
final class ResultJson {

    /** Trouble sentences kept per result, and characters per sentence: a student controls their length. */
    static final int MAX_SENTENCES = 20;
    static final int MAX_SENTENCE = 4000;

    private ResultJson() {
    }

    /**
     * @param id                    the student's id, verbatim
     * @param exam                  what examining the submission gave
     * @param submissionFingerprint see {@link SubmissionFingerprint}
     * @param settings              what the batch grades with
     */
    static ObjectNode of(String id, Examination exam, String submissionFingerprint, GradingSettings settings) {
        List<String> trouble = capped(exam.trouble());
        List<String> notes = new ArrayList<>(trouble);
        notes.addAll(capped(exam.info()));
        ObjectNode json = GradescopeJson.toJson(exam.report(), notes);
        ObjectNode extra = (ObjectNode) json.get("extra_data");
        extra.put("student", id);
        extra.put("status", exam.status().label());
        ArrayNode troubleNode = extra.putArray("trouble");
        trouble.forEach(troubleNode::add);
        extra.put("compile_ms", exam.compileMillis());
        extra.put("jvm_start_ms", exam.jvmStartMillis());
        extra.put("checks_ms", exam.checksMillis());
        exam.channel().writeTo(extra);
        ObjectNode fingerprint = extra.putObject("fingerprint");
        fingerprint.put("submission", submissionFingerprint);
        fingerprint.put("settings", settings.fingerprint());
        extra.set("settings", settings.toJson());
        if (!exam.plots().isEmpty()) {
            extra.set("plots", PlotJson.toJson(exam.plots())); // the feedback page draws them
        }
        return json;
    }

    private static List<String> capped(List<String> sentences) {
        List<String> kept = new ArrayList<>(sentences.stream().limit(MAX_SENTENCES)
                .map(s -> s.length() <= MAX_SENTENCE ? s : s.substring(0, MAX_SENTENCE - 3) + "...").toList());
        if (sentences.size() > MAX_SENTENCES) {
            kept.add("... and " + (sentences.size() - MAX_SENTENCES) + " more.");
        }
        return kept;
    }
}
