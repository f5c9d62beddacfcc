package nngrade.report;

/**
 * One text cell of gradebook.csv, safe to open in a spreadsheet and exact for an import.
 *
 * <ul>
 * <li>CSV injection (OWASP, "CSV Injection"): a cell beginning with =, +, -, @, tab or carriage
 *     return may be run as a formula, so it gets a leading single quote and is quoted;
 * <li>RFC 4180: a cell holding a comma, a double quote or a line break is quoted, its double
 *     quotes doubled.
 * </ul>
 */
final class CsvCell {

    private CsvCell() {
    }

    /** @return the cell as written to the file */
    static String of(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return quote("'" + text);
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return quote(text);
        }
        return text;
    }

    private static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
