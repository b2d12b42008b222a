package io.eddy.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eddy.catalog.options.ConnectorDescriptor;
import io.eddy.catalog.options.FormatDescriptor;
import io.eddy.connectors.format.FormatFactories;
import io.eddy.connectors.spi.ConnectorException;
import io.eddy.connectors.spi.ConnectorFactories;
import io.eddy.connectors.spi.ConnectorFactory;
import io.eddy.connectors.spi.ProjectedSchema;
import io.eddy.connectors.spi.SinkRequest;
import io.eddy.connectors.spi.SourceRequest;
import io.eddy.runtime.data.FieldType;
import io.eddy.runtime.data.RowSchema;
import io.eddy.runtime.time.WatermarkStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ConnectorFactoriesTest {

    private final ConnectorFactories factories = ConnectorFactories.load();
    private final RowSchema schema = RowSchema.of("a", FieldType.BIGINT);

    @Test
    void everyDeclaredConnectorHasAFactoryWithTheSameCapabilities() {
        Map<String, ConnectorDescriptor> descriptors = new TreeMap<>();
        ServiceLoader.load(ConnectorDescriptor.class).forEach(descriptor -> descriptors.put(descriptor.identifier(), descriptor));
        assertThat(factories.identifiers()).containsExactlyElementsOf(descriptors.keySet());
        for (ConnectorDescriptor descriptor : descriptors.values()) {
            ConnectorFactory factory = factories.get(descriptor.identifier());
            assertThat(factory.supportsSource()).as(descriptor.identifier() + " source").isEqualTo(descriptor.supportsSource());
            assertThat(factory.supportsSink()).as(descriptor.identifier() + " sink").isEqualTo(descriptor.supportsSink());
        }
    }

    @Test
    void everyDeclaredFormatHasAFactory() {
        List<String> declared = new ArrayList<>();
        ServiceLoader.load(FormatDescriptor.class).forEach(descriptor -> declared.add(descriptor.identifier()));
        for (String format : declared) {
            assertThat(FormatFactories.defaults().get(format).identifier()).isEqualTo(format);
        }
        assertThat(declared).containsExactlyInAnyOrder("csv", "debezium-json", "json", "raw");
        assertThatThrownBy(() -> FormatFactories.defaults().get("avro")).isInstanceOf(ConnectorException.class)
                .hasMessage("Unknown format 'avro'. Available formats: csv, debezium-json, json, raw");
    }

    @Test
    void unknownConnectorsAndDirectionsFailInOneLine() {
        assertThatThrownBy(() -> factories.get("kafak")).isInstanceOf(ConnectorException.class)
                .hasMessage("Unknown connector 'kafak'. Available connectors: " + String.join(", ", factories.identifiers()));
        assertThatThrownBy(() -> factories.createSource("print", SourceRequest.of("out", schema, Map.of())))
                .hasMessage("Connector 'print' of table out can only be written to, not read from");
        assertThatThrownBy(() -> factories.createSink("datagen", new SinkRequest("gen", schema, Map.of())))
                .hasMessage("Connector 'datagen' of table gen can only be read from, not written to");
    }

    @Test
    void metadataColumnsMustBeProvided() {
        SourceRequest request = new SourceRequest("gen", ProjectedSchema.all(schema), Map.of(), WatermarkStrategy.noWatermarks(),
                List.of("offset"));
        assertThatThrownBy(() -> factories.createSource("datagen", request))
                .hasMessage("Connector 'datagen' of table gen has no metadata 'offset'; it provides no metadata columns");
    }
}
