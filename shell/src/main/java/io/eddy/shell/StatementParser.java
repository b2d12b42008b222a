package io.eddy.shell;

import java.util.Optional;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Tells JLine when the typed text is a complete statement: Enter accepts the buffer only when it
 * ends with a statement's semicolon (or is empty, or a shell command such as {@code quit});
 * otherwise the shell shows the continuation prompt.
 */
final class StatementParser extends DefaultParser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !isAcceptable(line)) {
            throw new EOFError(-1, -1, "statement not complete", "statement");
        }
        return super.parse(line, cursor, context);
    }

    static boolean isAcceptable(String line) {
        if (line.isBlank()) {
            return true;
        }
        Optional<ShellCommand> command = ShellCommand.of(line);
        return command.isPresent() || ScriptSplitter.isComplete(line);
    }
}
