package io.eddy.engine.show;

import io.eddy.jdbc.spi.LikePattern;
import io.eddy.parser.dql.SqlShowObjects.LikeFilter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Filters names with a {@code SHOW ... [NOT] LIKE 'pattern'} filter: {@code %} any text, {@code _} one character. */
final class LikePatterns {

    private LikePatterns() {
    }

    static List<String> filter(List<String> names, Optional<LikeFilter> like) {
        if (like.isEmpty()) {
            return names;
        }
        Pattern pattern = LikePattern.compile(like.get().pattern());
        boolean negated = like.get().negated();
        return names.stream().filter(name -> pattern.matcher(name).matches() != negated).toList();
    }
}
