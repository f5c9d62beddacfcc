package nngrade.batch;

/**
 * One line the grading child sends its parent on the child's own standard output, which no
 * submitted code can reach. Every line starts with the run's token; anything else is ignored.
 *
 * @param kind   "start" (a check begins), "end" (a check ended), "fatal" (the submission could
 *               not even be instantiated), "done"
 * @param key    the check's key for start and end
 * @param status for end: the CheckStatus name
 * @param summary one line
 * @param detail  the whole failure text
 * @param output  what the submission printed during the check (capped)
 * @param millis  how long the check took
 */
record ChildMessage(String kind, String key, String status, String summary, String detail, String output,
        long millis) {
}
