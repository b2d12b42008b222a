package io.eddy.connectors.format;

/**
 * What a decoder does with a malformed record: fail with the reason (the default) or skip it and
 * count it ({@code json.ignore-parse-errors}, {@code csv.ignore-parse-errors}). One per decoder.
 */
public final class ParseErrorPolicy {

    private final boolean ignoreErrors;
    private long skipped;

    public ParseErrorPolicy(boolean ignoreErrors) {
        this.ignoreErrors = ignoreErrors;
    }

    /** Whether bad records and fields are skipped rather than failing. */
    public boolean ignoresErrors() {
        return ignoreErrors;
    }

    /** Handles a malformed record: counts it and returns false when skipping, else rethrows it. */
    public boolean onMalformedRecord(FormatException error) {
        if (!ignoreErrors) {
            throw error;
        }
        skipped++;
        return false;
    }

    /** Records skipped so far. */
    public long skippedRecords() {
        return skipped;
    }

    @Override
    public String toString() {
        return ignoreErrors ? "skip and count (" + skipped + " skipped)" : "fail";
    }
}
