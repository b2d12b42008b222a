package io.eddy.connectors.csv;

/**
 * The CSV dialect of a table.
 *
 * @param fieldDelimiter {@code csv.field-delimiter}
 * @param quoteCharacter {@code csv.quote-character}, or {@code NO_CHARACTER} with {@code csv.disable-quote-character}
 * @param escapeCharacter {@code csv.escape-character}, or {@code NO_CHARACTER} when unset
 * @param allowComments {@code csv.allow-comments}: lines starting with {@code #} are skipped
 * @param arrayElementDelimiter {@code csv.array-element-delimiter}, between elements of arrays and nested rows
 * @param nullLiteral {@code csv.null-literal}, or null when NULL is an empty field
 * @param decimalsInScientificNotation {@code csv.write-bigdecimal-in-scientific-notation}
 */
record CsvSyntax(char fieldDelimiter, int quoteCharacter, int escapeCharacter, boolean allowComments,
                 String arrayElementDelimiter, String nullLiteral, boolean decimalsInScientificNotation) {

    /** Marks an absent quote or escape character. */
    static final int NO_CHARACTER = -1;

    CsvSyntax {
        if (arrayElementDelimiter == null || arrayElementDelimiter.isEmpty()) {
            throw new IllegalArgumentException("the array element delimiter must not be empty");
        }
    }
}
