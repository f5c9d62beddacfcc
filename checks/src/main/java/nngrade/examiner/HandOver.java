package nngrade.examiner;

import java.util.List;

/**
 * What a parent may ask an examiner while it grades a submission: give up these problems, not yet
 * begun, to another examiner of the same submission. The examiner answers with a "handedOver"
 * event that echoes the number and lists the problems it will skip; only those change hands.
 *
 * @param handOver the order's number, echoed in the answer
 * @param problems problem ids, in the order they would run
 */
public record HandOver(long handOver, List<String> problems) {
}
