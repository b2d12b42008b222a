package io.eddy.benchmarks.nexmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;

/**
 * Latency from event append to result append over Kafka: fresh topics, a loader appending the
 * files' bids at a fixed rate with each bid's {@code dateTime} set to the wall-clock time (UTC) of
 * its append, a query job in a fresh JVM reading them and writing its result to a topic whose
 * records take the broker's append time ({@code LogAppendTime}). A result's latency is its record
 * timestamp minus its {@code dateTime}: for q0 and q1 (results carry the bid's time) that is the
 * time from the bid's append to the result's append. The loader first appends {@link #PROBES} probe
 * bids (that pass q2's filter), one each 200 ms, and starts the load only once the job has written
 * its first result and {@link #AFTER_FIRST_RESULT_MILLIS} more passed: first a {@link #RAMP} of the rate
 * from 0, then {@code --latency-warm-up} at the full rate (see {@link LoadSchedule}), then
 * {@link #MEASURED_SECONDS} of measured bids at the full rate; only the measured bids count. The loader
 * starts over from the first bid file when the files run out.
 */
final class KafkaLatency {

    /** The queries whose results carry the bid's {@code dateTime} unchanged (q2 projects it away). */
    static final List<String> QUERIES = List.of("q0", "q1");

    static final long AFTER_FIRST_RESULT_MILLIS = 2_000;

    /** The rise of the load's rate from 0 to {@code --kafka-rate} before the measured bids (see {@link LoadSchedule}). */
    static final java.time.Duration RAMP = java.time.Duration.ofSeconds(5);

    static final int PROBES = 25;

    /** q2 keeps the bids whose auction is a multiple of this; so do the probes, and about one bid in this many is one. */
    private static final int PROBE_AUCTION_DIVISOR = 123;

    private static final java.util.regex.Pattern AUCTION = java.util.regex.Pattern.compile("\"auction\":(\\d+)");

    /**
     * The loader's producer batches what it appends in 1 ms: a third fewer broker CPU seconds than
     * with 0 on a machine the broker shares with the job. The latency counts from each bid's append,
     * so the loader's linger is not part of it.
     */
    private static final int LOADER_LINGER_MILLIS = 1;

    /** How long the measured bids last at the full rate. */
    static final long MEASURED_SECONDS = 20;

    /** How long the loader waits for the job's first result. */
    private static final long FIRST_RESULT_SECONDS = 300;

    private static final long TIMELINE_BUCKET_MILLIS = 100;

    private static final long STALL_MILLIS = 100;

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd().toFormatter();
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final String DATE_TIME_FIELD = "\"dateTime\":\"";

    private KafkaLatency() {
    }

    /**
     * One latency run of {@code query} with the parent's loader; empty when the child failed. The
     * measurement's events are the measured results and its job seconds the measured window: from
     * the first measured bid's append to the last result's append, so its "job events/s" is the
     * rate the job kept up with while measured.
     *
     * @param run the run's number, for the timeline file
     */
    static Optional<RunMeasurement> measure(BenchArguments arguments, String query, int run)
            throws IOException, InterruptedException {
        Path directory = JsonFiles.existingDirectory(arguments);
        List<Path> bidFiles = JsonFiles.files(directory).stream()
                .filter(file -> file.getParent().getFileName().toString().equals("bid")).toList();
        LoadSchedule schedule = new LoadSchedule(arguments.kafkaRate(), RAMP, arguments.latencyWarmUp());
        long lines = JsonLinesBaseline.scan(bidFiles).lines();
        if (lines < (long) PROBES * PROBE_AUCTION_DIVISOR) {
            throw new IllegalArgumentException("The bid files hold " + lines + " bids, too few for " + PROBES
                    + " probes. Hint: more --events");
        }
        long bids = arguments.kafkaRate() * MEASURED_SECONDS;
        long loadSeconds = TimeUnit.NANOSECONDS.toSeconds(schedule.offsetNanos(schedule.unmeasuredBids() + bids)) + 1;
        String prefix = "nexmark-latency-" + System.currentTimeMillis() + "-";
        try (Admin admin = Admin.create(KafkaTopics.adminProperties(arguments))) {
            List<NewTopic> topics = new ArrayList<>();
            Map<String, String> appendTime = Map.of("message.timestamp.type", "LogAppendTime");
            JsonFiles.TABLES.forEach(table -> topics.add(new NewTopic(prefix + table, 1, (short) 1).configs(appendTime)));
            topics.add(new NewTopic(prefix + "out", 1, (short) 1).configs(appendTime));
            KafkaTopics.create(admin, topics);
            BenchArguments childArguments = arguments.forLatencyRun(PROBES + schedule.unmeasuredBids() + bids, prefix);
            LoadProgress progress = new LoadProgress();
            Thread loader = new Thread(() -> load(arguments, schedule, bidFiles, prefix, bids, progress), "eddy-bench-loader");
            loader.setDaemon(true);
            loader.start();
            Optional<RunMeasurement> measured = ChildJvm.run(childArguments.childArguments(query), Optional.empty(), false);
            loader.join(TimeUnit.SECONDS.toMillis(loadSeconds * 2));
            Optional<RunMeasurement> result = Optional.empty();
            if (measured.isPresent()) {
                RunMeasurement child = measured.get();
                Samples all = samples(arguments, prefix, progress.loadFrom, progress.measuredFrom);
                System.err.println(progress.describe(arguments.kafkaRate()));
                report(arguments, query + " latency run " + run, all, progress, schedule);
                Samples samples = all.from(progress.measuredFrom);
                result = Optional.of(new RunMeasurement(child.name(), samples.count(), child.wallSeconds(),
                        samples.windowSeconds(progress.measuredFrom), child.cpuSeconds(), child.peakResidentBytes(),
                        Percentiles.of(samples.latencyMillis()), child.checkpoints()));
            }
            KafkaTopics.await(admin.deleteTopics(topics.stream().map(NewTopic::name).toList()).all());
            return result;
        }
    }

    /**
     * Prints the run's stalls and appends its timeline (from the start of the ramp) to
     * {@code --latency-timeline}, if given.
     */
    private static void report(BenchArguments arguments, String title, Samples samples, LoadProgress progress,
                               LoadSchedule schedule) throws IOException {
        long measuredFrom = progress.loadFrom;
        LatencyTimeline timeline = LatencyTimeline.of(samples.appendMillis(), samples.latencyMillis(), measuredFrom,
                TIMELINE_BUCKET_MILLIS);
        for (LatencyTimeline.Stall stall : timeline.stalls(STALL_MILLIS)) {
            System.err.printf(java.util.Locale.ROOT, "%s: latency of %d ms or more for bids appended %d–%d ms into the load"
                    + " (the ramp ends at %d ms, the measured bids start at %d ms; %,d bids, max %.0f ms)%n", title,
                    STALL_MILLIS, stall.startMillis(), stall.endMillis(), RAMP.toMillis(),
                    TimeUnit.NANOSECONDS.toMillis(schedule.measuredFromNanos()), stall.bids(), stall.maxMillis());
        }
        if (arguments.latencyTimeline().isPresent()) {
            Path file = arguments.latencyTimeline().get();
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, "# " + title + ", load from " + Instant.ofEpochMilli(measuredFrom) + ", measured from offset "
                    + (progress.measuredFrom - measuredFrom) + " ms\n" + timeline.toText(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** The child side: reads {@code bids} bids from the latency topics and writes the result to the out topic. */
    static RunMeasurement runQuery(BenchArguments arguments, NexmarkSql sql, String query, Path state) throws SQLException {
        String prefix = arguments.latencyTopics().orElseThrow();
        QueryRun.SinkTable sink = (name, columns) -> "CREATE TABLE " + name + " (" + columns + ") WITH ('connector' = 'kafka',"
                + " 'topic' = '" + prefix + "out', 'properties.bootstrap.servers' = '" + arguments.bootstrapServers()
                + "', 'format' = 'json'" + sinkOptions() + ")";
        return new QueryRun(arguments, sql, sink).run(query, sql.ddl("kafka",
                KafkaTopics.values(arguments, prefix, Map.of("bid", arguments.events()))), state, null);
    }

    /**
     * System properties named with this prefix become options of the latency run's Kafka sink table, e.g.
     * {@code EDDY_BENCH_JAVA_OPTS=-Deddy.bench.sink.properties.linger.ms=0}.
     */
    static final String SINK_OPTION_PROPERTY = "eddy.bench.sink.";

    /** The extra sink table options, each as {@code , 'key' = 'value'}. */
    static String sinkOptions() {
        StringBuilder options = new StringBuilder();
        QueryRun.propertiesNamed(SINK_OPTION_PROPERTY).forEach((key, value) -> options.append(", '")
                .append(key.replace("'", "''")).append("' = '").append(value.replace("'", "''")).append('\''));
        return options.toString();
    }

    private static void load(BenchArguments arguments, LoadSchedule schedule, List<Path> files, String prefix, long bids,
                             LoadProgress progress) {
        String topic = prefix + "bid";
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(KafkaTopics.producerProperties(arguments, LOADER_LINGER_MILLIS));
                KafkaConsumer<byte[], byte[]> results = new KafkaConsumer<>(KafkaTopics.consumerProperties(arguments))) {
            TopicPartition out = new TopicPartition(prefix + "out", 0);
            int probes = 0;
            long firstResult = 0;
            try (FileLines lines = new FileLines(files)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(FIRST_RESULT_SECONDS);
                while (probes < PROBES || firstResult == 0) {
                    if (probes < PROBES) {
                        send(producer, topic, nextProbe(lines));
                        producer.flush();
                        probes++;
                    }
                    Thread.sleep(200);
                    if (firstResult == 0 && results.endOffsets(List.of(out)).get(out) > 0) {
                        firstResult = System.nanoTime();
                    }
                    if (System.nanoTime() > deadline) {
                        return;
                    }
                }
            }
            long wait = firstResult + TimeUnit.MILLISECONDS.toNanos(AFTER_FIRST_RESULT_MILLIS) - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(wait));
            }
            long sent = 0;
            long behindNanos = 0;
            try (FileLines measuredLines = FileLines.cycling(files)) {
                measuredLines.hasNext(); // opens the first file before the clock starts
                progress.loadFrom = System.currentTimeMillis();
                progress.measuredFrom = progress.loadFrom + TimeUnit.NANOSECONDS.toMillis(schedule.measuredFromNanos());
                long started = System.nanoTime();
                long total = schedule.unmeasuredBids() + bids;
                while (sent < total && measuredLines.hasNext()) {
                    long pause = started + schedule.offsetNanos(sent) - System.nanoTime();
                    if (pause > 0) {
                        LockSupport.parkNanos(pause);
                    } else {
                        behindNanos = Math.max(behindNanos, -pause);
                    }
                    send(producer, topic, measuredLines.next());
                    sent++;
                }
                progress.sentNanos = System.nanoTime() - started - schedule.measuredFromNanos();
            }
            sent -= schedule.unmeasuredBids();
            progress.behindNanos = behindNanos;
            progress.sent = sent;
            producer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next line of {@code lines} that q2's filter keeps (a probe's result shows in every query). */
    private static String nextProbe(FileLines lines) {
        while (true) {
            String line = lines.next();
            if (auction(line) % PROBE_AUCTION_DIVISOR == 0) {
                return line;
            }
        }
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String topic, String line) {
        String now = LocalDateTime.now(ZoneOffset.UTC).format(MILLIS);
        producer.send(new ProducerRecord<>(topic, 0, null, null, withDateTime(line, now).getBytes(StandardCharsets.UTF_8)));
    }

    /** The {@code auction} field of a bid line. */
    static long auction(String line) {
        java.util.regex.Matcher matcher = AUCTION.matcher(line);
        if (!matcher.find()) {
            throw new IllegalArgumentException("No auction field in " + line);
        }
        return Long.parseLong(matcher.group(1));
    }

    /** {@code line} with the value of its {@code dateTime} field replaced by {@code timestamp}. */
    static String withDateTime(String line, String timestamp) {
        int start = line.indexOf(DATE_TIME_FIELD);
        if (start < 0) {
            throw new IllegalArgumentException("No dateTime field in " + line);
        }
        start += DATE_TIME_FIELD.length();
        int end = line.indexOf('"', start);
        return line.substring(0, start) + timestamp + line.substring(end);
    }

    /** Epoch milliseconds (UTC) of the {@code dateTime} field of a JSON result. */
    static long dateTimeMillis(String json) {
        int start = json.indexOf(DATE_TIME_FIELD);
        if (start < 0) {
            throw new IllegalArgumentException("No dateTime field in result " + json);
        }
        start += DATE_TIME_FIELD.length();
        String text = json.substring(start, json.indexOf('"', start));
        return LocalDateTime.parse(text, TIMESTAMP).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /**
     * Each bid appended at {@code fromMillis} or later with its result: both append times, from the
     * broker's clock. Also prints how long the measured results took from the loader's {@code send},
     * which adds the loader's producer to the figure.
     */
    private static Samples samples(BenchArguments arguments, String prefix, long fromMillis, long measuredFromMillis) {
        BidAppends bids = new BidAppends();
        readTopic(arguments, prefix + "bid", (json, append) -> {
            if (append >= fromMillis) {
                bids.add(json, append);
            }
        });
        List<long[]> pairs = new ArrayList<>();
        List<Double> fromSend = new ArrayList<>();
        long[] unmatched = {0};
        readTopic(arguments, prefix + "out", (json, resultAppend) -> {
            java.util.OptionalLong bidAppend = bids.appendOf(json);
            if (bidAppend.isEmpty()) {
                if (dateTimeMillis(json) >= fromMillis) {
                    unmatched[0]++;
                }
                return;
            }
            pairs.add(new long[] {bidAppend.getAsLong(), resultAppend});
            if (bidAppend.getAsLong() >= measuredFromMillis) {
                fromSend.add((double) (resultAppend - dateTimeMillis(json)));
            }
        });
        Percentiles sendLatency = Percentiles.of(fromSend.stream().mapToDouble(Double::doubleValue).toArray());
        System.err.printf(java.util.Locale.ROOT, "measured results from the loader's send instead of the bid's append:"
                + " p50/p99/max %.0f/%.0f/%.0f ms; %,d results without a known bid (%,d dateTime, auction, bidder and"
                + " extra values shared by several bids)%n", sendLatency.p50(), sendLatency.p99(), sendLatency.max(), unmatched[0], bids.ambiguous());
        return Samples.of(pairs);
    }

    /** Hands every record of {@code topic} with its broker append time (the topic must use LogAppendTime) to {@code action}. */
    private static void readTopic(BenchArguments arguments, String topic, java.util.function.ObjLongConsumer<String> action) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(KafkaTopics.consumerProperties(arguments))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(java.time.Duration.ofMillis(200))) {
                    if (record.timestampType() != TimestampType.LOG_APPEND_TIME) {
                        throw new IllegalStateException("Topic " + topic + " does not use LogAppendTime");
                    }
                    action.accept(new String(record.value(), StandardCharsets.UTF_8), record.timestamp());
                }
            }
        }
    }

    /**
     * The measured bids: their append times, their latencies and the last result's append.
     *
     * @param appendMillis each bid's append, epoch milliseconds
     * @param latencyMillis each bid's latency (its result's append minus its own)
     * @param lastResultMillis the latest result append, epoch milliseconds (0 when none)
     */
    record Samples(long[] appendMillis, double[] latencyMillis, long lastResultMillis) {

        static Samples of(List<long[]> pairs) {
            long[] appends = new long[pairs.size()];
            double[] latencies = new double[pairs.size()];
            long last = 0;
            for (int i = 0; i < appends.length; i++) {
                appends[i] = pairs.get(i)[0];
                latencies[i] = pairs.get(i)[1] - pairs.get(i)[0];
                last = Math.max(last, pairs.get(i)[1]);
            }
            return new Samples(appends, latencies, last);
        }

        long count() {
            return appendMillis.length;
        }

        /** The samples of the bids appended at {@code fromMillis} or later. */
        Samples from(long fromMillis) {
            List<long[]> kept = new ArrayList<>();
            for (int i = 0; i < appendMillis.length; i++) {
                if (appendMillis[i] >= fromMillis) {
                    kept.add(new long[] {appendMillis[i], appendMillis[i] + (long) latencyMillis[i]});
                }
            }
            return of(kept);
        }

        /** Seconds from {@code measuredFrom} to the last result's append; zero when nothing was measured. */
        double windowSeconds(long measuredFrom) {
            return appendMillis.length == 0 ? 0 : Math.max(0, lastResultMillis - measuredFrom) / 1000.0;
        }
    }

    /** What the loader did, for the report: written by the loader thread, read after it ended. */
    static final class LoadProgress {

        volatile long loadFrom = Long.MAX_VALUE;
        volatile long measuredFrom = Long.MAX_VALUE;
        volatile long sent;
        volatile long sentNanos;
        volatile long behindNanos;

        String describe(long rate) {
            double seconds = sentNanos / 1e9;
            return String.format(java.util.Locale.ROOT, "loader: %,d measured bids appended in %.2f s (%,.0f/s of %,d/s asked),"
                    + " at most %.1f ms behind its schedule", sent, seconds, seconds == 0 ? 0 : sent / seconds, rate, behindNanos / 1e6);
        }
    }
}
