package io.eddy.connectors;

import io.eddy.catalog.options.OptionsMarkdown;
import io.eddy.catalog.options.TableOptionsValidator;

/** Prints the README's connector and format option tables from the declarations. */
public final class OptionsReadme {

  private OptionsReadme() {}

  /** The Markdown for every registered connector and format. */
  public static String render() {
    TableOptionsValidator validator = TableOptionsValidator.discover();
    StringBuilder text = new StringBuilder("## Connector options\n\n");
    validator.connectors().values()
        .forEach(c -> text.append(OptionsMarkdown.connector(c)).append('\n'));
    text.append("## Format options\n\n");
    validator.formats().values().forEach(f -> text.append(OptionsMarkdown.format(f)).append('\n'));
    return text.toString();
  }

  public static void main(String[] args) {
    System.out.print(render());
  }
}
