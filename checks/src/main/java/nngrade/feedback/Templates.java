package nngrade.feedback;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The pages' Mustache templates, under resources nngrade/feedback/. Mustache keeps logic out of
 * the markup: the page is the template, the values come from plain records, and every value is
 * HTML-escaped unless the template says otherwise (only our own SVG is put in raw).
 */
final class Templates {

    private static final DefaultMustacheFactory FACTORY = new DefaultMustacheFactory("nngrade/feedback");

    private Templates() {
    }

    /** @return the template {@code name}.mustache filled in with {@code model} */
    static String render(String name, Object model) {
        Mustache m = FACTORY.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        try {
            m.execute(out, model).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
