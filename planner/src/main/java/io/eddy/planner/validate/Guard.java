package io.eddy.planner.validate;

import io.eddy.catalog.CatalogException;
import io.eddy.planner.PlannerException;
import io.eddy.planner.PlannerException.Category;
import java.util.function.Supplier;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.runtime.CalciteException;

/**
 * Makes sure nothing but a one-line {@link PlannerException} leaves the planner for a user
 * mistake: Calcite exceptions that escaped translation, catalog errors, and constructs Calcite
 * cannot convert (which it reports with UnsupportedOperationException) are translated here.
 */
public final class Guard {

  private Guard() {
  }

  /** The result of {@code step}, with its failures translated. */
  public static <T> T run(Supplier<T> step) {
    try {
      return step.get();
    } catch (PlannerException error) {
      throw error;
    } catch (CalciteContextException error) {
      throw ValidationErrors.translate(error);
    } catch (CalciteException error) {
      throw wrap(Category.VALIDATION, error);
    } catch (CatalogException error) {
      throw wrap(Category.CATALOG, error);
    } catch (UnsupportedOperationException error) {
      throw wrap(Category.UNSUPPORTED, error);
    }
  }

  private static PlannerException wrap(Category category, RuntimeException error) {
    String text = error.getMessage() == null ? error.getClass().getSimpleName()
        : error.getMessage();
    PlannerException translated = PlannerException.of(category,
        ValidationErrors.clarify(text));
    translated.initCause(error);
    return translated;
  }
}
