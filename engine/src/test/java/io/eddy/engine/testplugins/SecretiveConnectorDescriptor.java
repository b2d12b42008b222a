package io.eddy.engine.testplugins;

import io.eddy.catalog.options.ConfigOption;
import io.eddy.catalog.options.ConfigOptions;
import java.util.List;
import java.util.Set;

/**
 * {@code 'connector' = 'secretive'}: a test connector with a secret option ({@code password}) and
 * free {@code properties.} keys, to check that secrets never reach users.
 */
public final class SecretiveConnectorDescriptor implements io.eddy.catalog.options.ConnectorDescriptor {

    static final ConfigOption<String> PASSWORD = ConfigOptions.key("password").stringType().noDefaultValue()
            .withDescription("A secret.");
    static final ConfigOption<Integer> RETRIES = ConfigOptions.key("retries").intType().defaultValue(3)
            .withDescription("A number.");

    @Override
    public String identifier() {
        return "secretive";
    }

    @Override
    public List<ConfigOption<?>> requiredOptions() {
        return List.of(PASSWORD);
    }

    @Override
    public List<ConfigOption<?>> optionalOptions() {
        return List.of(RETRIES);
    }

    @Override
    public List<String> prefixOptions() {
        return List.of("properties.");
    }

    @Override
    public Set<String> secretOptions() {
        return Set.of(PASSWORD.key());
    }

    @Override
    public boolean supportsSource() {
        return true;
    }

    @Override
    public boolean supportsSink() {
        return true;
    }
}
