package io.eddy.connectors.print;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.eddy.connectors.blackhole.BlackholeSink;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.testing.SinkDriver;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.data.Rows;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintSinkTest {

    private static String print(String identifier, int subtask, int parallelism) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, UTF_8);
        SinkDriver.writeAll(new PrintSink(identifier, () -> stream), subtask, parallelism,
                Rows.parseAll("+I[1, abc]", "-U[2, 'x, y']", "+U[3, null]", "-D[4, z]"));
        return bytes.toString(UTF_8);
    }

    @Test
    void printsRowsWithFlinksPrefixes() throws Exception {
        assertThat(print(null, 0, 1)).isEqualTo("+I[1, abc]\n-U[2, x, y]\n+U[3, null]\n-D[4, z]\n");
        assertThat(print(null, 1, 2)).startsWith("2> +I[1, abc]\n");
        assertThat(print("orders", 0, 1)).startsWith("orders> +I[1, abc]\n");
        assertThat(print("orders", 2, 4)).startsWith("orders:3> +I[1, abc]\n");
    }

    @Test
    void factoriesBuildPrintAndBlackholeSinks() throws Exception {
        RowSchema schema = RowSchema.of("a", FieldType.BIGINT);
        ConnectorFactories factories = ConnectorFactories.load();
        assertThat(factories.createSink("print", new SinkRequest("t", schema, Map.of("print-identifier", "x"))))
                .hasToString("PrintSink[x]");

        BlackholeSink blackhole = (BlackholeSink) factories.createSink("blackhole", new SinkRequest("t", schema, Map.of()));
        SinkDriver.writeAll(blackhole, 0, 2, Rows.parseAll("+I[1]", "+I[2]", "+I[3]"));
        SinkDriver.writeAll(blackhole, 1, 2, List.of(Rows.parse("+I[4]")));
        assertThat(blackhole.discardedRows()).isEqualTo(4);
    }
}
