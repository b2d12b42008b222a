package io.eddy.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

class ClassCompilerTest {

  private static final String SOURCE = "public final class Answer implements "
      + "java.util.function.IntSupplier {\n  public int getAsInt() { return 42; }\n}\n";

  @Test
  void compilesOncePerSource() throws Exception {
    ClassCompiler compiler = new ClassCompiler();
    Class<?> first = compiler.compile("Answer", SOURCE);
    Class<?> second = compiler.compile("Answer", new String(SOURCE));
    assertThat(second).isSameAs(first);
    assertThat(compiler.size()).isEqualTo(1);
    IntSupplier answer = (IntSupplier) first.getConstructor().newInstance();
    assertThat(answer.getAsInt()).isEqualTo(42);
    assertThat(compiler.compile("Answer", SOURCE.replace("42", "7"))).isNotSameAs(first);
  }

  @Test
  void brokenSourceFailsWithNumberedSource() {
    assertThatThrownBy(() -> new ClassCompiler().compile("Broken",
        "public final class Broken {\n  int x = ;\n}\n"))
        .isInstanceOf(CompilationException.class)
        .hasMessageStartingWith("Generated class Broken does not compile: ")
        .hasMessageContaining("   2    int x = ;");
  }
}
