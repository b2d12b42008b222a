package io.eddy.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code connectors/OPTIONS.md} equal to what the option declarations render, so the
 * documented options never drift from the validated ones. Run with
 * {@code -Deddy.golden.update=true} to rewrite the file, then review the diff.
 */
class OptionsDocumentTest {

  private static final Path DOCUMENT = Path.of("OPTIONS.md");
  private static final String PREAMBLE = "# Connector and format options\n\n"
      + "Generated from the option declarations by `OptionsDocumentTest` "
      + "(`mvn -pl connectors -am test -Dtest=OptionsDocumentTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Deddy.golden.update=true`).\n\n";

  @Test
  void documentMatchesTheDeclarations() throws IOException {
    String rendered = PREAMBLE + OptionsReadme.render();
    if (Boolean.getBoolean("eddy.golden.update")) {
      Files.writeString(DOCUMENT, rendered, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
        .as("connectors/OPTIONS.md is out of date; rerun with -Deddy.golden.update=true")
        .isEqualTo(rendered);
  }
}
