package nngrade.cli;

import java.nio.file.Path;
import nngrade.submission.FallbackCompiler;
import nngrade.submission.TemplateSources;
import nngrade.submission.WorkFolder;
import picocli.CommandLine;

/**
 * The run the grader's class-data archive (nngrade.jsa, made at package time) records: a
 * {@code check reference}, then a compilation of the bundled template, as {@code check} compiles
 * a student's edited sources and a batch's compile worker compiles each submission. Every JVM the
 * grader starts from its jar maps the classes this run loaded from the archive instead of loading
 * them; javac's were not among them before, and loading them was a fifth of a cold compilation
 * (98 template files: 1.9 to 1.5 s of CPU, measured with javac alone). Package time only.
 */
public final class ClassDataRun {

    private ClassDataRun() {
    }

    public static void main(String[] args) throws Exception {
        int checked = new CommandLine(new Main()).execute("check", "reference");
        try (WorkFolder work = WorkFolder.create("nngrade-class-data-")) {
            Path template = TemplateSources.bundled(work.path());
            FallbackCompiler.compile(template, template, work.newFolder("compile"));
        }
        System.exit(checked);
    }
}
