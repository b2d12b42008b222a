package io.eddy.catalog.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConfigOptionTest {

  enum StartupMode {
    EARLIEST_OFFSET("earliest-offset"), LATEST_OFFSET("latest-offset");

    private final String text;

    StartupMode(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "10 s | PT10S", "10s | PT10S", "1 min | PT1M", "500 ms | PT0.5S", "2 h | PT2H",
      "1 d | PT24H", "250 | PT0.25S", "3 MINUTES | PT3M", "7 us | PT0.000007S"})
  void parsesDurationsAsFlinkDoes(String text, String iso) {
    assertThat(Durations.parse(text)).isEqualTo(Duration.parse(iso));
  }

  @Test
  void printsDurationsInLargestExactUnit() {
    assertThat(Durations.format(Duration.ofMinutes(30))).isEqualTo("30 min");
    assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500 ms");
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("0 ms");
    assertThat(Durations.format(Duration.ofDays(2))).isEqualTo("2 d");
  }

  @Test
  void parsesAndPrintsMemorySizes() {
    assertThat(MemorySize.parse("128 mb")).isEqualTo(MemorySize.ofMebiBytes(128));
    assertThat(MemorySize.parse("1gb").bytes()).isEqualTo(1L << 30);
    assertThat(MemorySize.parse("100").bytes()).isEqualTo(100);
    assertThat(MemorySize.ofMebiBytes(128).toString()).isEqualTo("128 mb");
    assertThat(new MemorySize(1000).toString()).isEqualTo("1000 bytes");
  }

  @Test
  void readsKeysFallbacksDeprecatedKeysAndDefaults() {
    ConfigOption<Integer> option = ConfigOptions.key("sink.parallelism").intType().defaultValue(1)
        .withFallbackKeys("parallelism").withDeprecatedKeys("sink.par");
    assertThat(new OptionValues(Map.of()).get(option)).isEqualTo(1);
    assertThat(new OptionValues(Map.of("sink.par", "3")).get(option)).isEqualTo(3);
    assertThat(new OptionValues(Map.of("parallelism", "4", "sink.par", "3")).get(option))
        .isEqualTo(4);
    assertThat(new OptionValues(Map.of("sink.parallelism", "5", "parallelism", "4")).get(option))
        .isEqualTo(5);
    assertThat(new OptionValues(Map.of()).getOptional(option)).isEmpty();
  }

  @Test
  void typedValues() {
    OptionValues values = new OptionValues(Map.of("mode", "Earliest-Offset", "list", "a;b",
        "map", "a:1,b:2", "flag", "TRUE", "size", "64 kb"));
    assertThat(values.get(ConfigOptions.key("mode").enumType(StartupMode.class).noDefaultValue()))
        .isEqualTo(StartupMode.EARLIEST_OFFSET);
    assertThat(values.get(ConfigOptions.key("list").stringListType().noDefaultValue()))
        .containsExactly("a", "b");
    assertThat(values.get(ConfigOptions.key("map").mapType().noDefaultValue()))
        .containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    assertThat(values.get(ConfigOptions.key("flag").booleanType().defaultValue(false))).isTrue();
    assertThat(values.get(ConfigOptions.key("size").memoryType().noDefaultValue()).bytes())
        .isEqualTo(65536);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "int | x | Invalid value 'x' for option 'int': expected an integer such as '4'",
      "bool | yes | Invalid value 'yes' for option 'bool': expected 'true' or 'false'",
      "duration | 10 parsecs | Invalid value '10 parsecs' for option 'duration': expected a"
          + " duration such as '10 s', '1 min' or '500 ms'",
      "memory | lots | Invalid value 'lots' for option 'memory': expected a memory size such as"
          + " '128 mb', '1 gb' or '512 kb'",
      "mode | newest | Invalid value 'newest' for option 'mode': expected one of"
          + " 'earliest-offset', 'latest-offset'",
      "positive | -1 | Invalid value '-1' for option 'positive': expected a positive number",
      "map | a | Invalid value 'a' for option 'map': expected key:value pairs separated by ','"
          + " such as 'a:1,b:2'",
      "db.password | twelve | Invalid value for option 'db.password': expected an integer such as '4'"})
  void badValuesNameTheKeyAndTheExpectedFormButNoSecret(String key, String value, String message) {
    List<ConfigOption<?>> options = List.of(
        ConfigOptions.key("int").intType().noDefaultValue(),
        ConfigOptions.key("bool").booleanType().noDefaultValue(),
        ConfigOptions.key("duration").durationType().noDefaultValue(),
        ConfigOptions.key("memory").memoryType().noDefaultValue(),
        ConfigOptions.key("mode").enumType(StartupMode.class).noDefaultValue(),
        ConfigOptions.key("positive").longType().noDefaultValue()
            .withCheck(v -> v > 0, "a positive number"),
        ConfigOptions.key("map").mapType().noDefaultValue(),
        ConfigOptions.key("db.password").intType().noDefaultValue());
    ConfigOption<?> option = options.stream().filter(o -> o.key().equals(key)).findFirst()
        .orElseThrow();
    assertThatThrownBy(() -> new OptionValues(Map.of(key, value)).get(option))
        .isInstanceOf(OptionValidationException.class)
        .hasMessage(message);
  }

  @Test
  void patternsMatchUserChosenNames() {
    ConfigOption<String> kind = ConfigOptions.key("fields.#.kind").stringType()
        .defaultValue("random");
    assertThat(kind.isPattern()).isTrue();
    assertThat(kind.matches("fields.id.kind")).isTrue();
    assertThat(kind.matches("fields..kind")).isFalse();
    assertThat(kind.matches("fields.id.min")).isFalse();
    assertThat(kind.toString()).isEqualTo("fields.#.kind (String, default 'random')");
    ConfigOption<String> resolved = kind.resolve("id");
    assertThat(resolved.key()).isEqualTo("fields.id.kind");
    assertThat(new OptionValues(Map.of("fields.id.kind", "sequence")).get(resolved))
        .isEqualTo("sequence");
    assertThat(new OptionValues(Map.of()).get(kind.resolve("name"))).isEqualTo("random");
  }

  @Test
  void suggestsOnlyCloseNames() {
    assertThat(Suggestions.closest("kafak", List.of("kafka", "print"))).contains("kafka");
    assertThat(Suggestions.closest("scan.startup.mod", List.of("scan.startup.mode", "topic")))
        .contains("scan.startup.mode");
    assertThat(Suggestions.closest("kafak", List.of("datagen", "print"))).isEmpty();
    assertThat(Suggestions.closest("x", List.of("csv"))).isEmpty();
  }
}
