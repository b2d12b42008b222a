/**
 * The {@code eddy} SQL shell: {@link io.eddy.shell.Main} parses the command line
 * ({@link io.eddy.shell.ShellOptions}), connects through JDBC and runs scripts
 * ({@link io.eddy.shell.ScriptRunner} over {@link io.eddy.shell.ScriptSplitter}) or the JLine
 * prompt. Output goes through {@link io.eddy.shell.ResultPrinter} (tableau today) and
 * {@link io.eddy.shell.MessagePrinter} ({@code [INFO]}, {@code [ERROR]}, {@code [HINT]} lines).
 */
package io.eddy.shell;
