package io.eddy.engine;

import io.eddy.catalog.CatalogTable;
import io.eddy.catalog.ObjectIdentifier;
import io.eddy.planner.physical.TableConnectors;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.sink.Sink;
import io.eddy.runtime.source.Boundedness;
import io.eddy.runtime.source.EnumeratorContext;
import io.eddy.runtime.source.InputStatus;
import io.eddy.runtime.source.ReaderContext;
import io.eddy.runtime.source.ReaderOutput;
import io.eddy.runtime.source.Source;
import io.eddy.runtime.source.SourceReader;
import io.eddy.runtime.source.SourceSplit;
import io.eddy.runtime.source.SplitEnumerator;
import io.eddy.runtime.source.SplitOutput;
import io.eddy.runtime.source.SplitSerializer;
import io.eddy.runtime.time.WatermarkStrategy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds the sources of test engines back so that a checkpoint lands mid-stream at a known point:
 * while the gate is {@link #close(int) closed}, each source reader emits until it has emitted at
 * least the given number of records (a reader emits in batches, so it may pass it) or reached the
 * end of its input, then emits nothing and does not report the end, so the job keeps running and
 * can take checkpoints. Every record emitted before the pause reaches the sinks before the next
 * checkpoint's barrier. {@link #open()} lets readers created afterwards run freely. One gate per
 * test JVM: tests that use it must not run concurrently.
 */
public final class SourceGate {

    private static volatile int threshold = -1;
    private static final AtomicInteger CREATED = new AtomicInteger();
    private static final AtomicInteger PAUSED = new AtomicInteger();

    private SourceGate() {
    }

    /** Readers created from now on pause after {@code records} records (at least one poll). */
    public static void close(int records) {
        CREATED.set(0);
        PAUSED.set(0);
        threshold = records;
    }

    /** Readers created from now on run freely. */
    public static void open() {
        threshold = -1;
    }

    /** How many readers were created since the gate closed. */
    public static int created() {
        return CREATED.get();
    }

    /** Whether readers were created since the gate closed and all of them paused. */
    public static boolean allPaused() {
        int created = CREATED.get();
        return created > 0 && PAUSED.get() == created;
    }

    static TableConnectors wrap(TableConnectors connectors) {
        return new TableConnectors() {
            @Override
            public Source<?> createSource(ObjectIdentifier identifier, CatalogTable table, RowSchema physicalSchema,
                                          List<Integer> projection, List<String> metadataKeys, WatermarkStrategy watermarks) {
                return new GatedSource<>(connectors.createSource(identifier, table, physicalSchema, projection, metadataKeys,
                        watermarks));
            }

            @Override
            public Sink<?> createSink(ObjectIdentifier identifier, CatalogTable table, RowSchema schema) {
                return connectors.createSink(identifier, table, schema);
            }

            @Override
            public boolean acceptsUpdates(CatalogTable table) {
                return connectors.acceptsUpdates(table);
            }

            @Override
            public String describe(ObjectIdentifier identifier) {
                return connectors.describe(identifier);
            }
        };
    }

    /** A source whose readers obey the gate. */
    private static final class GatedSource<S extends SourceSplit> implements Source<S> {
        private final Source<S> source;

        @SuppressWarnings("unchecked")
        GatedSource(Source<?> source) {
            this.source = (Source<S>) source;
        }

        @Override
        public Boundedness boundedness() {
            return source.boundedness();
        }

        @Override
        public SplitEnumerator<S> createEnumerator(EnumeratorContext<S> context, byte[] restoredState) throws Exception {
            return source.createEnumerator(context, restoredState);
        }

        @Override
        public SourceReader<S> createReader(ReaderContext context) throws Exception {
            SourceReader<S> reader = source.createReader(context);
            int limit = threshold;
            if (limit < 0) {
                return reader;
            }
            CREATED.incrementAndGet();
            return new GatedReader<>(reader, limit);
        }

        @Override
        public SplitSerializer<S> splitSerializer() {
            return source.splitSerializer();
        }
    }

    /** A reader that pauses after {@code limit} records or at its end. */
    private static final class GatedReader<S extends SourceSplit> implements SourceReader<S> {
        private final SourceReader<S> reader;
        private final int limit;
        private int emitted;
        private boolean paused;

        GatedReader(SourceReader<S> reader, int limit) {
            this.reader = reader;
            this.limit = limit;
        }

        @Override
        public void start() throws Exception {
            reader.start();
        }

        @Override
        public InputStatus pollNext(ReaderOutput output) throws Exception {
            if (paused) {
                return InputStatus.NOTHING_AVAILABLE;
            }
            InputStatus status = reader.pollNext(new ReaderOutput() {
                @Override
                public SplitOutput forSplit(String splitId) {
                    SplitOutput split = output.forSplit(splitId);
                    return new SplitOutput() {
                        @Override
                        public void collect(Row row) {
                            emitted++;
                            split.collect(row);
                        }

                        @Override
                        public void reportPosition(String position, long lag) {
                            split.reportPosition(position, lag);
                        }
                    };
                }

                @Override
                public void releaseSplit(String splitId) {
                    output.releaseSplit(splitId);
                }
            });
            if (status == InputStatus.END_OF_INPUT || emitted >= limit) {
                paused = true;
                PAUSED.incrementAndGet();
                return InputStatus.NOTHING_AVAILABLE;
            }
            return status;
        }

        @Override
        public void addSplits(List<S> splits) {
            reader.addSplits(splits);
        }

        @Override
        public void notifyNoMoreSplits() {
            reader.notifyNoMoreSplits();
        }

        @Override
        public List<S> snapshotState(long checkpointId) {
            return reader.snapshotState(checkpointId);
        }

        @Override
        public void close() throws Exception {
            reader.close();
        }
    }
}
