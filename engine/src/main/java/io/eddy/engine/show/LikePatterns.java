package io.eddy.engine.show;

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
        Pattern pattern = compile(like.get().pattern());
        boolean negated = like.get().negated();
        return names.stream().filter(name -> pattern.matcher(name).matches() != negated).toList();
    }

    static Pattern compile(String like) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
