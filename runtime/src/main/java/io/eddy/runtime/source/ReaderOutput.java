package io.eddy.runtime.source;

/**
 * The output a {@link SourceReader} emits into: one {@link SplitOutput} per split so that watermarks are
 * generated per split and merged by minimum.
 */
public interface ReaderOutput {

    /** The output of one split, created on first use; keep it for the split's lifetime. */
    SplitOutput forSplit(String splitId);

    /** The split is finished: its watermark no longer holds back the reader's watermark. */
    void releaseSplit(String splitId);
}
