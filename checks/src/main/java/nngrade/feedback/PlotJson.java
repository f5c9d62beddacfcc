package nngrade.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Plots in a result file ({@code extra_data.plots}): kept with the grade, so that the feedback
 * pages of a whole batch can be drawn again from the results alone.
 */
public final class PlotJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlotJson() {
    }

    /** @return the plots, bounded, as a JSON array */
    public static ArrayNode toJson(List<Plot> plots) {
        return JSON.valueToTree(Plot.bounded(plots));
    }

    /** @return the plots a result holds, bounded; none if it holds none or they are malformed */
    public static List<Plot> of(JsonNode result) {
        JsonNode plots = result.path("extra_data").path("plots");
        List<Plot> all = new ArrayList<>();
        for (JsonNode p : plots) {
            try {
                all.add(JSON.treeToValue(p, Plot.class));
            } catch (java.io.IOException | IllegalArgumentException e) {
                // a damaged plot is left out; the grade does not depend on it
            }
        }
        return Plot.bounded(all);
    }
}
