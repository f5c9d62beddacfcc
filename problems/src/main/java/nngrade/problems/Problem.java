package nngrade.problems;

/**
 * One entry of the catalogue.
 *
 * @param id      the stable id, e.g. {@code act.relu}
 * @param section A to F, the part of the course
 * @param points  what the problem is worth; the checks split it by weight
 * @param title   a short name
 * @param formula the definition in one line
 * @param notes   where in the course notes it comes from
 */
public record Problem(String id, String section, int points, String title, String formula,
        String notes) {
}
